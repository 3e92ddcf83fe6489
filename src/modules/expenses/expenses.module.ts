import { Module } from '@nestjs/common';
import { AccountingModule } from '@modules/accounting';
import { BuildingsModule } from '@modules/buildings';
import { OwnersModule } from '@modules/owners';
import { UnitsModule } from '@modules/units';
import { ChargesService } from './application/charges.service';
import { DistributionKeysService } from './application/distribution-keys.service';
import { ExpensesService } from './application/expenses.service';
import { AccountChart } from './domain/account-chart';
import { BuildingShares } from './domain/building-shares';
import { SplitSources } from './domain/split-sources';
import { DistributionKeyRepository } from './domain/distribution-key.repository';
import { ExpenseRepository } from './domain/expense.repository';
import { RegistryAccess } from './domain/registry-access';
import { BuildingExpensesController } from './http/building-expenses.controller';
import { DistributionKeysController } from './http/distribution-keys.controller';
import { registerExpenseProblems } from './http/expense-problems';
import { ExpensesController } from './http/expenses.controller';
import { OwnerStatementsController } from './http/owner-statements.controller';
import { PostgresDistributionKeyRepository } from './infrastructure/postgres-distribution-key.repository';
import { ChartAccountChart } from './infrastructure/chart.account-chart';
import { ExpenseJournal } from './infrastructure/expense-journal';
import { PostgresExpenseRepository } from './infrastructure/postgres-expense.repository';
import { RegistryFacadeAccess } from './infrastructure/registry-facade.access';
import { RegistryShareHistory } from './infrastructure/registry-share-history';
import { PostgresSplitSources } from './infrastructure/postgres-split-sources';

/**
 * Expenses of the common parts, booked on the co-ownership chart of accounts, and their exact distribution over
 * units and owners.
 */
@Module({
  imports: [BuildingsModule, OwnersModule, UnitsModule, AccountingModule],
  controllers: [ExpensesController, BuildingExpensesController, OwnerStatementsController, DistributionKeysController],
  providers: [
    ExpensesService,
    ChargesService,
    DistributionKeysService,
    ExpenseJournal,
    { provide: DistributionKeyRepository, useClass: PostgresDistributionKeyRepository },
    { provide: ExpenseRepository, useClass: PostgresExpenseRepository },
    { provide: AccountChart, useClass: ChartAccountChart },
    { provide: RegistryAccess, useClass: RegistryFacadeAccess },
    { provide: BuildingShares, useClass: RegistryShareHistory },
    { provide: SplitSources, useClass: PostgresSplitSources },
  ],
  exports: [ExpensesService, ChargesService, DistributionKeysService],
})
export class ExpensesModule {
  constructor() {
    registerExpenseProblems();
  }
}
