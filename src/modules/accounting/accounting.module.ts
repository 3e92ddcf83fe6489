import { Module } from '@nestjs/common';
import { BuildingsModule } from '@modules/buildings';
import { OwnersModule } from '@modules/owners';
import { ChartService } from './application/chart.service';
import { JournalService } from './application/journal.service';
import { ChartReads } from './domain/chart';
import { JournalRepository } from './domain/journal.repository';
import { RegistryAccess } from './domain/registry-access';
import { registerAccountingProblems } from './http/accounting-problems';
import { ChartController } from './http/chart.controller';
import { JournalController } from './http/journal.controller';
import { JournalPosting } from './infrastructure/journal-posting';
import { PostgresChartReads } from './infrastructure/postgres-chart.reads';
import { PostgresJournalRepository } from './infrastructure/postgres-journal.repository';
import { RegistryFacadeRegistryAccess } from './infrastructure/registry-facade.registry-access';

/**
 * Double-entry books (domain.md "Books"): the co-ownership chart of accounts, a journal per building with automatic
 * postings (through `JournalPosting`, used by the funds and expenses contexts) and manual entries, the trial balance.
 */
@Module({
  imports: [BuildingsModule, OwnersModule],
  controllers: [ChartController, JournalController],
  providers: [
    ChartService,
    JournalService,
    JournalPosting,
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
