import { Injectable } from '@nestjs/common';
import { ChartOfAccounts } from '@modules/chart-of-accounts';
import { AccountChart } from '../domain/account-chart';

/** The `AccountChart` port, answered from the organization's chart of accounts. */
@Injectable()
export class ChartAccountChart extends AccountChart {
  constructor(private readonly chart: ChartOfAccounts) {
    super();
  }

  exists(organizationId: string, code: string): Promise<boolean> {
    return this.chart.exists(organizationId, code);
  }
}
