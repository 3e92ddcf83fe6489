import { Global, Module } from '@nestjs/common';
import { AccountChart } from '@modules/expenses';
import { ChartOfAccounts } from './application/chart-of-accounts.service';
import { PcnAccountRepository } from './domain/pcn-account.repository';
import { PcnAccountsController } from './http/pcn-accounts.controller';
import { registerPcnProblems } from './http/pcn-problems';
import { ChartAccountChart } from './infrastructure/chart.account-chart';
import { PostgresPcnAccountRepository } from './infrastructure/postgres-pcn-account.repository';

/**
 * The organization's chart of accounts. Global because it answers the expenses context's `AccountChart` port: the
 * expenses module cannot import it (pcn's reports depend on expenses, and the module graph stays a DAG).
 */
@Global()
@Module({
  controllers: [PcnAccountsController],
  providers: [
    ChartOfAccounts,
    { provide: PcnAccountRepository, useClass: PostgresPcnAccountRepository },
    { provide: AccountChart, useClass: ChartAccountChart },
  ],
  exports: [ChartOfAccounts, AccountChart],
})
export class PcnChartModule {
  // Every PCN module imports this one: the texts of the whole context are registered once, here.
  constructor() {
    registerPcnProblems();
  }
}
