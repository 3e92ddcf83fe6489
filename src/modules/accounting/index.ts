export { AccountingModule } from './accounting.module';
export { JournalService } from './application/journal.service';
export { ChartService } from './application/chart.service';
export { chargeLabelIn } from './domain/chart';
export { JournalPosting } from './infrastructure/journal-posting';
export {
  callPosting,
  expensePaymentPosting,
  expensePosting,
  paymentPosting,
  POSTING_ACCOUNTS,
  reserveDrawingPosting,
  type CallToPost,
  type ExpenseToPost,
  type FundKind as PostingFundKind,
  type PaymentToPost,
} from './domain/postings';
export type { EntryDraft, JournalEntrySnapshot, JournalKind, JournalLine, SourceType } from './domain/journal-entry';
export type { TrialBalance } from './domain/trial-balance';
export type { ChargeAccount, ChartLanguage } from './domain/chart';
