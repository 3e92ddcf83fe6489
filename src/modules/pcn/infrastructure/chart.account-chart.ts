import { Injectable } from '@nestjs/common';
import { AccountChart } from '@modules/expenses';
import { ChartOfAccounts } from '../application/chart-of-accounts.service';

/** The expenses context's `AccountChart` port, answered from the organization's chart of accounts. */
@Injectable()
export class ChartAccountChart extends AccountChart {
  constructor(private readonly chart: ChartOfAccounts) {
    super();
  }

  exists(organizationId: string, code: string): Promise<boolean> {
    return this.chart.exists(organizationId, code);
  }
}
