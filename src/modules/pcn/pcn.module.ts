import { Module } from '@nestjs/common';
import { BuildingsModule } from '@modules/buildings';
import { ChartOfAccountsModule } from '@modules/chart-of-accounts';
import { ExpensesModule } from '@modules/expenses';
import { IdentityModule } from '@modules/identity';
import { OwnersModule } from '@modules/owners';
import { UnitsModule } from '@modules/units';
import { PcnReportsService } from './application/pcn-reports.service';
import { PcnDocuments } from './domain/pcn-documents';
import { PcnLedger } from './domain/pcn-ledger';
import { registerPcnProblems } from './http/pcn-problems';
import { PcnReportsController } from './http/pcn-reports.controller';
import { PcnFileRenderer } from './infrastructure/pcn-file.renderer';
import { RegistryExpensesPcnLedger } from './infrastructure/registry-expenses.pcn-ledger';

/** PCN: the building reports by account of the chart, with their PDF and Excel exports. */
@Module({
  imports: [ChartOfAccountsModule, IdentityModule, BuildingsModule, UnitsModule, OwnersModule, ExpensesModule],
  controllers: [PcnReportsController],
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
