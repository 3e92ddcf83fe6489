export { ExpensesModule } from './expenses.module';
export { ExpensesService } from './application/expenses.service';
export { ChargesService, type ExpenseDistribution } from './application/charges.service';
export { AccountChart } from './domain/account-chart';
export type { ExpenseView, ExpenseStatus } from './domain/expense';
export type { ExpenseCategory } from './domain/expense-category';
export { DEFAULT_ACCOUNT_CODES, EXPENSE_CATEGORIES } from './domain/expense-category';
export type { BuildingCharges, OwnerStatement } from './domain/charge-statements';
