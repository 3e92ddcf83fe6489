export { FundsModule } from './funds.module';
export { FundsService } from './application/funds.service';
export { CallsService, type CallView } from './application/calls.service';
export { PaymentsService } from './application/payments.service';
export { LedgersService, type BuildingArrears, type OwnerArrearsView } from './application/ledgers.service';
export {
  MoneyLettersService,
  type CallLetterItem,
  type CallLetters,
  type LetterFund,
  type ReminderItem,
  type ReminderLetter,
  type ReminderLetters,
} from './application/money-letters.service';
export type { LetterBuilding, LetterOwner } from './domain/money-registry';
export type { ItemUnit } from './domain/call-items';
export type { FundKind } from './domain/fund';
export { RESERVE_MINIMUM_RULE } from './domain/reserve-minimum';
export { CallAlreadyCancelled } from './domain/money.errors';
export type {
  CallLettersDocument,
  LetterLanguage,
  OverdueItemOnLetter,
  PaymentAccount,
  ReminderLettersDocument,
} from './domain/payment-letters';
export type { PayerItem } from './domain/payment';
