import { Module } from '@nestjs/common';
import { ChartOfAccounts } from './application/chart-of-accounts.service';
import { PcnAccountRepository } from './domain/pcn-account.repository';
import { PcnAccountsController } from './http/pcn-accounts.controller';
import { registerPcnAccountProblems } from './http/pcn-account-problems';
import { PostgresPcnAccountRepository } from './infrastructure/postgres-pcn-account.repository';

/**
 * The organization's chart of accounts (PCN class 6): the codes expenses are booked on and the labels the PCN
 * reports print. Expenses check their account code against it; the reports read its labels.
 */
@Module({
  controllers: [PcnAccountsController],
  providers: [ChartOfAccounts, { provide: PcnAccountRepository, useClass: PostgresPcnAccountRepository }],
  exports: [ChartOfAccounts],
})
export class ChartOfAccountsModule {
  constructor() {
    registerPcnAccountProblems();
  }
}
