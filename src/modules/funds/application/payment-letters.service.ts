import { Injectable } from '@nestjs/common';
import { OrganizationsService, slugify } from '@modules/identity';
import type { CalendarDate, TenantContext } from '../../../shared/domain';
import { NoArrears } from '../domain/money.errors';
import type { LetterBuilding, LetterOwner } from '../domain/money-registry';
import { LetterAddressee, LetterLanguage, PaymentAccount, PaymentLettersRenderer } from '../domain/payment-letters';
import { LetterFund, MoneyLettersService } from './money-letters.service';

export interface LettersFile {
  readonly fileName: string;
  readonly pdf: Buffer;
}

/**
 * The letters owners pay from: a call's letters (one page per owner) and the reminders to the owners in arrears, under
 * the firm's letterhead, each with the fund's IBAN, the structured communication and its EPC QR code.
 */
@Injectable()
export class PaymentLettersService {
  constructor(
    private readonly letters: MoneyLettersService,
    private readonly organizations: OrganizationsService,
    private readonly renderer: PaymentLettersRenderer,
  ) {}

  /** 404 for a call the caller cannot see; 409 CALL_CANCELLED. */
  async callLetters(tenant: TenantContext, callId: string, lang: LetterLanguage): Promise<LettersFile> {
    const data = await this.letters.callLetters(tenant, callId);
    const issuer = await this.organizations.letterheadOf(tenant.organizationId);
    const pdf = await this.renderer.renderCallLetters({
      lang,
      issuer,
      building: data.building,
      call: { title: data.call.title, callDate: data.call.callDate, dueDate: data.call.dueDate },
      account: paymentAccount(data.fund, data.building, lang),
      letters: data.items.map((item) => ({
        owner: addressee(item.owner),
        amountCents: item.amountCents,
        ogm: item.ogm,
        units: item.units.map((unit) => unit.unitNumber),
      })),
    });
    return { fileName: fileName(CALL_WORD[lang], data.building, data.call.callDate), pdf };
  }

  /** The reminders on `asOf` (today by default); 422 NO_ARREARS when nobody is in arrears; 404: another building. */
  async reminderLetters(
    tenant: TenantContext,
    buildingId: string,
    asOf: CalendarDate | undefined,
    lang: LetterLanguage,
  ): Promise<LettersFile> {
    const data = await this.letters.reminderLetters(tenant, buildingId, asOf);
    if (data.letters.length === 0) throw new NoArrears(data.asOf);
    const issuer = await this.organizations.letterheadOf(tenant.organizationId);
    const pdf = await this.renderer.renderReminderLetters({
      lang,
      issuer,
      building: data.building,
      asOf: data.asOf,
      lateInterestRateBp: data.lateInterestRateBp,
      letters: data.letters.map((letter) => ({
        owner: addressee(letter.owner),
        lateInterestCents: letter.lateInterestCents,
        items: letter.items.map((item) => ({
          callTitle: item.title,
          dueDate: item.dueDate,
          amountDueCents: item.outstandingCents,
          ogm: item.ogm,
          account: paymentAccount(item.fund, data.building, lang),
        })),
      })),
    });
    return { fileName: fileName(REMINDER_WORD[lang], data.building, data.asOf), pdf };
  }
}

// Names a person reads in a mail client first: "appel-de-fonds-…" in French, "oproep-…" in Dutch.
const CALL_WORD: Record<LetterLanguage, string> = { fr: 'appel-de-fonds', nl: 'oproep', en: 'call-for-funds' };
const REMINDER_WORD: Record<LetterLanguage, string> = { fr: 'rappels', nl: 'herinneringen', en: 'reminders' };

function fileName(word: string, building: LetterBuilding, day: CalendarDate): string {
  return `${word}-${slugify(building.name) || 'building'}-${day}.pdf`;
}

// The fund's account belongs to the association of co-owners (art. 3.86 § 3): "ACP <building>" in French and English,
// "VME <building>" in Dutch, as the syndic opens such accounts.
const ASSOCIATION: Record<LetterLanguage, string> = { fr: 'ACP', nl: 'VME', en: 'ACP' };

function paymentAccount(fund: LetterFund | null, building: LetterBuilding, lang: LetterLanguage): PaymentAccount {
  // A call item always names an existing fund (foreign key): a missing one is our bug, not the caller's.
  if (!fund) throw new Error('A call item refers to a fund that cannot be read');
  return {
    fundName: fund.name,
    fundKind: fund.kind,
    iban: fund.iban,
    beneficiary: `${ASSOCIATION[lang]} ${building.name}`,
  };
}

function addressee(owner: LetterOwner | null): LetterAddressee {
  if (!owner) return { name: '—', address: null };
  return { name: `${owner.firstName} ${owner.lastName}`.trim(), address: owner.address };
}
