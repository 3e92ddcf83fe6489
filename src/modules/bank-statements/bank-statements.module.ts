import { Module } from '@nestjs/common';
import { BuildingsModule } from '@modules/buildings';
import { ExpensesModule } from '@modules/expenses';
import { FundsModule } from '@modules/funds';
import { BankStatementsService } from './application/bank-statements.service';
import { MovementReconciliation } from './application/movement-reconciliation';
import { BankStatementRepository } from './domain/bank-statement.repository';
import { DEFAULT_STATEMENT_MAX_BYTES, StatementUploadLimits } from './domain/statement-upload';
import { BankMovementsController } from './http/bank-movements.controller';
import { registerBankStatementProblems } from './http/bank-statement-problems';
import { BankStatementsController } from './http/bank-statements.controller';
import { PostgresBankStatementRepository } from './infrastructure/postgres-bank-statement.repository';

/** Bank statements (CODA, CAMT.053) of the buildings' accounts and the reconciliation queue of their movements. */
@Module({
  imports: [BuildingsModule, FundsModule, ExpensesModule],
  controllers: [BankStatementsController, BankMovementsController],
  providers: [
    BankStatementsService,
    MovementReconciliation,
    { provide: BankStatementRepository, useClass: PostgresBankStatementRepository },
    { provide: StatementUploadLimits, useValue: { maxBytes: DEFAULT_STATEMENT_MAX_BYTES } },
  ],
  exports: [BankStatementsService],
})
export class BankStatementsModule {
  constructor() {
    registerBankStatementProblems();
  }
}
