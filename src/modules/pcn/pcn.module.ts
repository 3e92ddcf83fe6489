import { Module } from '@nestjs/common';
import { BuildingsModule } from '@modules/buildings';
import { ExpensesModule } from '@modules/expenses';
import { IdentityModule } from '@modules/identity';
import { OwnersModule } from '@modules/owners';
import { UnitsModule } from '@modules/units';
import { PcnReportsService } from './application/pcn-reports.service';
import { PcnDocuments } from './domain/pcn-documents';
import { PcnLedger } from './domain/pcn-ledger';
import { PcnReportsController } from './http/pcn-reports.controller';
import { PcnFileRenderer } from './infrastructure/pcn-file.renderer';
import { RegistryExpensesPcnLedger } from './infrastructure/registry-expenses.pcn-ledger';
import { PcnChartModule } from './pcn-chart.module';

/** PCN: the chart of accounts and the building reports with their PDF and Excel exports. */
@Module({
  imports: [PcnChartModule, IdentityModule, BuildingsModule, UnitsModule, OwnersModule, ExpensesModule],
  controllers: [PcnReportsController],
  providers: [
    PcnReportsService,
    { provide: PcnLedger, useClass: RegistryExpensesPcnLedger },
    { provide: PcnDocuments, useClass: PcnFileRenderer },
  ],
})
export class PcnModule {}
