export { BankStatementsModule } from './bank-statements.module';
export { BankStatementsService } from './application/bank-statements.service';
export type { ParsedStatement, StatementMovement, StatementFormat } from './domain/bank-statement-file';
