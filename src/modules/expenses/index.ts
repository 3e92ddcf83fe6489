export { ExpensesModule } from './expenses.module';
export { ExpensesService } from './application/expenses.service';
export { ChargesService, type ExpenseDistribution } from './application/charges.service';
export { distributeCharge } from './domain/charge-distribution';
export type { ChargeDistribution, DistributionInput } from './domain/charge-distribution';
export type { ExpenseView, ExpenseStatus } from './domain/expense';
export type { ExpenseCategory } from './domain/expense-category';
export { DEFAULT_ACCOUNT_CODES, EXPENSE_CATEGORIES } from './domain/expense-category';
export type { BuildingCharges, OwnerStatement } from './domain/charge-statements';
