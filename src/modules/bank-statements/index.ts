export type { ParsedStatement, StatementMovement, StatementFormat } from './domain/bank-statement-file';
