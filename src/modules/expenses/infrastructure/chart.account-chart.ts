import { Injectable } from '@nestjs/common';
import { ChartService } from '@modules/accounting';
import type { CalendarDate } from '@shared/domain';
import { AccountChart } from '../domain/account-chart';

/** The `AccountChart` port, answered from the co-ownership chart of the accounting context. */
@Injectable()
export class ChartAccountChart extends AccountChart {
  constructor(private readonly chart: ChartService) {
    super();
  }

  exists(organizationId: string, code: string, day: CalendarDate): Promise<boolean> {
    return this.chart.isChargeAccount(organizationId, code, day);
  }
}
