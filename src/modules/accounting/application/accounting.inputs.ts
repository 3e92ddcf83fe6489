import type { CalendarDate, PageRequest } from '../../../shared/domain';
import type { ChartLanguage } from '../domain/chart';
import type { JournalKind } from '../domain/journal-entry';
import type { JournalSort } from '../domain/journal.repository';

export interface ManualLineInput {
  readonly accountCode: string;
  readonly debitCents?: number;
  readonly creditCents?: number;
  readonly ownerId?: string | null;
  readonly unitId?: string | null;
}

export interface ManualEntryInput {
  readonly date: CalendarDate;
  readonly journal: 'misc';
  readonly reference: string;
  readonly lines: readonly ManualLineInput[];
}

export interface ReverseEntryInput {
  /** The reversal's date; today by default. */
  readonly date?: CalendarDate;
}

export interface ListJournalInput extends Partial<PageRequest<JournalSort>> {
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
  readonly journal?: JournalKind;
}

export interface TrialBalanceInput {
  readonly asOf?: CalendarDate;
  readonly lang?: ChartLanguage;
}

export interface SubAccountInput {
  readonly code: string;
  readonly parentCode: string;
  readonly labelFr: string;
  readonly labelNl: string;
}

export interface ChargeAccountInput {
  readonly code: string;
  readonly labelFr: string;
  readonly labelNl: string;
  /** Absent: English documents print the French label. */
  readonly labelEn?: string | null;
}
