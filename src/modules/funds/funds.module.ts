import { Module } from '@nestjs/common';
import { AccountingModule } from '@modules/accounting';
import { BuildingsModule } from '@modules/buildings';
import { ExpensesModule } from '@modules/expenses';
import { IdentityModule } from '@modules/identity';
import { OwnersModule } from '@modules/owners';
import { CallsService } from './application/calls.service';
import { FundsService } from './application/funds.service';
import { LedgersService } from './application/ledgers.service';
import { MoneyLettersService } from './application/money-letters.service';
import { PaymentLettersService } from './application/payment-letters.service';
import { PaymentsService } from './application/payments.service';
import { CallRepository } from './domain/call';
import { FundRepository } from './domain/fund.repository';
import { LedgerReads } from './domain/ledger';
import { MoneyRegistry } from './domain/money-registry';
import { PaymentRepository } from './domain/payment';
import { PaymentLettersRenderer } from './domain/payment-letters';
import { CallsController } from './http/calls.controller';
import { FundsController } from './http/funds.controller';
import { LedgersController } from './http/ledgers.controller';
import { LettersController } from './http/letters.controller';
import { registerMoneyProblems } from './http/money-problems';
import { PaymentsController } from './http/payments.controller';
import { PostgresCallRepository } from './infrastructure/postgres-call.repository';
import { PostgresFundRepository } from './infrastructure/postgres-fund.repository';
import { PostgresLedgerReads } from './infrastructure/postgres-ledger.reads';
import { PdfmakePaymentLettersRenderer } from './infrastructure/pdfmake-payment-letters.renderer';
import { PostgresPaymentRepository } from './infrastructure/postgres-payment.repository';
import { RegistryFacadeMoneyRegistry } from './infrastructure/registry-facade.money-registry';

/**
 * Funds and calls for funds (domain.md "Money"): the building's funds, calls split exactly over the owners with a
 * structured communication each, payments and their allocation, the owners' ledgers and arrears.
 */
@Module({
  imports: [BuildingsModule, OwnersModule, ExpensesModule, IdentityModule, AccountingModule],
  controllers: [FundsController, CallsController, PaymentsController, LedgersController, LettersController],
  providers: [
    FundsService,
    CallsService,
    PaymentsService,
    LedgersService,
    MoneyLettersService,
    PaymentLettersService,
    { provide: PaymentLettersRenderer, useClass: PdfmakePaymentLettersRenderer },
    { provide: FundRepository, useClass: PostgresFundRepository },
    { provide: CallRepository, useClass: PostgresCallRepository },
    { provide: PaymentRepository, useClass: PostgresPaymentRepository },
    { provide: LedgerReads, useClass: PostgresLedgerReads },
    { provide: MoneyRegistry, useClass: RegistryFacadeMoneyRegistry },
  ],
  exports: [FundsService, CallsService, PaymentsService, LedgersService, MoneyLettersService],
})
export class FundsModule {
  constructor() {
    registerMoneyProblems();
  }
}
