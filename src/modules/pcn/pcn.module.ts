import { Module } from '@nestjs/common';
import { AccountingModule } from '@modules/accounting';
import { IdentityModule } from '@modules/identity';
import { OwnersModule } from '@modules/owners';
import { PcnReportsService } from './application/pcn-reports.service';
import { PcnDocuments } from './domain/pcn-documents';
import { PcnLedger } from './domain/pcn-ledger';
import { registerPcnProblems } from './http/pcn-problems';
import { PcnAccountsController } from './http/pcn-accounts.controller';
import { PcnReportsController } from './http/pcn-reports.controller';
import { PcnFileRenderer } from './infrastructure/pcn-file.renderer';
import { PostgresPcnLedger } from './infrastructure/postgres-pcn.ledger';

/**
 * PCN: the building reports by charge account, read from the journal, with their PDF, Excel and CSV exports; and the
 * charge accounts of the co-ownership chart (`/pcn/accounts`).
 */
@Module({
  imports: [AccountingModule, IdentityModule, OwnersModule],
  controllers: [PcnAccountsController, PcnReportsController],
  providers: [
    PcnReportsService,
    { provide: PcnLedger, useClass: PostgresPcnLedger },
    { provide: PcnDocuments, useClass: PcnFileRenderer },
  ],
})
export class PcnModule {
  constructor() {
    registerPcnProblems();
  }
}
