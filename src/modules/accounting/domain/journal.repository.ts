import type { CalendarDate, Page, PageRequest } from '../../../shared/domain';
import type { YearBalance } from './annual-accounts';
import type { JournalEntrySnapshot, JournalKind } from './journal-entry';

export const JOURNAL_SORTS = ['date', 'createdAt'] as const;
export type JournalSort = (typeof JOURNAL_SORTS)[number];

export interface JournalCriteria {
  readonly buildingId: string;
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
  readonly journal?: JournalKind;
}

/** One account's movements up to a day. */
export interface AccountBalance {
  readonly accountCode: string;
  readonly debitCents: number;
  readonly creditCents: number;
}

/** Written entries are final: the journal only grows. */
export abstract class JournalRepository {
  /** Writes the entry and its lines in one transaction (the database checks the balance at commit). */
  abstract insert(entry: JournalEntrySnapshot): Promise<void>;
  abstract findById(organizationId: string, buildingId: string, id: string): Promise<JournalEntrySnapshot | null>;
  abstract list(
    organizationId: string,
    criteria: JournalCriteria,
    page: PageRequest<JournalSort>,
  ): Promise<Page<JournalEntrySnapshot>>;
  /** Σ debits and Σ credits per account of the building's entries dated on or before `asOf`, by account code. */
  abstract balances(organizationId: string, buildingId: string, asOf: CalendarDate): Promise<AccountBalance[]>;
  /**
   * Per account (and per owner on the owners' account) of the building: the balance over the entries dated up to
   * `to`, and the debits and credits of those dated from `from` to `to` (year-end closing entries apart); accounts without a line up to `to` are left out.
   */
  abstract yearBalances(
    organizationId: string,
    buildingId: string,
    from: CalendarDate,
    to: CalendarDate,
  ): Promise<YearBalance[]>;
}
