import { Module } from '@nestjs/common';
import { BuildingsModule } from '@modules/buildings';
import { IdentityModule } from '@modules/identity';
import { OwnersModule } from '@modules/owners';
import { AnnualAccountsService } from './application/annual-accounts.service';
import { ChartService } from './application/chart.service';
import { JournalService } from './application/journal.service';
import { AnnualAccountsDocuments } from './domain/annual-accounts-documents';
import { ChartReads } from './domain/chart';
import { JournalRepository } from './domain/journal.repository';
import { RegistryAccess } from './domain/registry-access';
import { registerAccountingProblems } from './http/accounting-problems';
import { AnnualAccountsController } from './http/annual-accounts.controller';
import { ChartController } from './http/chart.controller';
import { JournalController } from './http/journal.controller';
import { AnnualAccountsFileRenderer } from './infrastructure/annual-accounts-file.renderer';
import { JournalPosting } from './infrastructure/journal-posting';
import { PostgresChartReads } from './infrastructure/postgres-chart.reads';
import { PostgresJournalRepository } from './infrastructure/postgres-journal.repository';
import { RegistryFacadeRegistryAccess } from './infrastructure/registry-facade.registry-access';
import { YearEndClosing } from './infrastructure/year-end-closing';

/**
 * Double-entry books (domain.md "Books"): the co-ownership chart of accounts, a journal per building with automatic
 * postings (through `JournalPosting`, used by the funds and expenses contexts) and manual entries, the trial balance.
 */
@Module({
  imports: [BuildingsModule, OwnersModule, IdentityModule],
  controllers: [ChartController, JournalController, AnnualAccountsController],
  providers: [
    ChartService,
    JournalService,
    AnnualAccountsService,
    JournalPosting,
    YearEndClosing,
    { provide: AnnualAccountsDocuments, useClass: AnnualAccountsFileRenderer },
    { provide: ChartReads, useClass: PostgresChartReads },
    { provide: JournalRepository, useClass: PostgresJournalRepository },
    { provide: RegistryAccess, useClass: RegistryFacadeRegistryAccess },
  ],
  exports: [JournalPosting, JournalService, ChartService],
})
export class AccountingModule {
  constructor() {
    registerAccountingProblems();
  }
}
