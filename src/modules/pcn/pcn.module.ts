import { Module } from '@nestjs/common';
import { BuildingsModule } from '@modules/buildings';
import { AccountingModule } from '@modules/accounting';
import { ExpensesModule } from '@modules/expenses';
import { IdentityModule } from '@modules/identity';
import { OwnersModule } from '@modules/owners';
import { UnitsModule } from '@modules/units';
import { PcnReportsService } from './application/pcn-reports.service';
import { PcnDocuments } from './domain/pcn-documents';
import { PcnLedger } from './domain/pcn-ledger';
import { registerPcnProblems } from './http/pcn-problems';
import { PcnAccountsController } from './http/pcn-accounts.controller';
import { PcnReportsController } from './http/pcn-reports.controller';
import { PcnFileRenderer } from './infrastructure/pcn-file.renderer';
import { RegistryExpensesPcnLedger } from './infrastructure/registry-expenses.pcn-ledger';

/**
 * PCN: the building reports by charge account, read from the journal, with their PDF, Excel and CSV exports; and the
 * charge accounts of the co-ownership chart (`/pcn/accounts`).
 */
@Module({
  imports: [AccountingModule, IdentityModule, BuildingsModule, UnitsModule, OwnersModule, ExpensesModule],
  controllers: [PcnAccountsController, PcnReportsController],
  providers: [
    PcnReportsService,
    { provide: PcnLedger, useClass: RegistryExpensesPcnLedger },
    { provide: PcnDocuments, useClass: PcnFileRenderer },
  ],
})
export class PcnModule {
  constructor() {
    registerPcnProblems();
  }
}
