import type { CalendarDate, PostalAddressSnapshot } from '@shared/domain';
import type { LetterBuilding } from './money-registry';

export type LetterLanguage = 'fr' | 'nl' | 'en';

/** The syndic firm that signs the letters, with what Belgian rules ask it to print; absent fields are not printed. */
export interface LetterIssuer {
  readonly name: string;
  readonly address?: string | null;
  readonly bceNumber?: string | null;
  readonly ipiNumber?: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly feesIban?: string | null;
}

/** The building, standing for its association of co-owners (ACP / VME), with its BCE/KBO number once recorded. */
export type BuildingOnLetter = Pick<LetterBuilding, 'name' | 'address' | 'postalCode' | 'city'> & {
  readonly associationBce?: string | null;
};

/** Who a letter is written to; without a postal address the letter only names the owner (sent by e-mail). */
export interface LetterAddressee {
  readonly name: string;
  readonly address: PostalAddressSnapshot | null;
}

/** The fund's own bank account that the owner pays into. */
export interface PaymentAccount {
  readonly fundName: string;
  readonly fundKind: 'working_capital' | 'reserve';
  readonly iban: string;
  readonly bic?: string | null;
  /** The account holder, e.g. "ACP Résidence Les Érables"; the QR code carries at most its first 70 characters. */
  readonly beneficiary: string;
}

/** A call for funds, one letter per owner holding units on the call date. */
export interface CallLettersDocument {
  readonly lang: LetterLanguage;
  readonly issuer: LetterIssuer;
  readonly building: BuildingOnLetter;
  readonly call: {
    readonly title: string;
    readonly callDate: CalendarDate;
    readonly dueDate: CalendarDate;
    readonly period?: { readonly from: CalendarDate; readonly to: CalendarDate } | null;
  };
  readonly account: PaymentAccount;
  readonly letters: ReadonlyArray<{
    readonly owner: LetterAddressee;
    readonly amountCents: number;
    /** `+++ddd/dddd/ddddd+++`, the owner's item of this call. */
    readonly ogm: string;
    /** Unit numbers, as printed on the deed. */
    readonly units: readonly string[];
  }>;
}

/** An overdue call item: what is still due on it on the reminder date. */
export interface OverdueItemOnLetter {
  readonly callTitle: string;
  readonly dueDate: CalendarDate;
  readonly amountDueCents: number;
  readonly ogm: string;
  readonly account: PaymentAccount;
}

/** Reminders for the owners in arrears on a date, one letter per owner. */
export interface ReminderLettersDocument {
  readonly lang: LetterLanguage;
  readonly issuer: LetterIssuer;
  readonly building: BuildingOnLetter;
  readonly asOf: CalendarDate;
  /**
   * Late interest, basis points a year, only when the statutes or the general assembly set a rate (none by default):
   * the letters then state the rate and the interest accrued on the reminder date.
   */
  readonly lateInterestRateBp?: number | null;
  readonly letters: ReadonlyArray<{
    readonly owner: LetterAddressee;
    readonly items: readonly OverdueItemOnLetter[];
    readonly lateInterestCents?: number;
  }>;
}

/** Prints payment letters (the funds port; the adapter lays them out as PDF). */
export abstract class PaymentLettersRenderer {
  abstract renderCallLetters(document: CallLettersDocument): Promise<Buffer>;
  abstract renderReminderLetters(document: ReminderLettersDocument): Promise<Buffer>;
}
