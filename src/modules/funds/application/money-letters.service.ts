import { Injectable } from '@nestjs/common';
import { CalendarDate, formatOgm, TenantContext } from '../../../shared/domain';
import type { ItemUnit } from '../domain/call-items';
import type { FundKind } from '../domain/fund';
import { FundRepository } from '../domain/fund.repository';
import { CallAlreadyCancelled } from '../domain/money.errors';
import { LetterBuilding, LetterOwner, MoneyRegistry } from '../domain/money-registry';
import { CallsService } from './calls.service';
import { LedgersService } from './ledgers.service';

/** The account a letter asks to pay into. */
export interface LetterFund {
  readonly id: string;
  readonly kind: FundKind;
  readonly name: string;
  /** Compact ("BE68539007547034"); `formatIban` prints it in groups of four. */
  readonly iban: string;
}

export interface CallLetterItem {
  readonly callItemId: string;
  /** Null only if the owner record could not be read (it always exists: a foreign key keeps it). */
  readonly owner: LetterOwner | null;
  readonly units: readonly ItemUnit[];
  readonly amountCents: number;
  readonly dueDate: CalendarDate;
  /** Printed: +++ddd/dddd/ddddd+++. */
  readonly ogm: string;
  /** Its 12 digits, as an EPC QR code's remittance carries them. */
  readonly ogmDigits: string;
}

export interface CallLetters {
  readonly call: {
    readonly id: string;
    readonly title: string;
    readonly amountCents: number;
    readonly callDate: CalendarDate;
    readonly dueDate: CalendarDate;
  };
  readonly building: LetterBuilding;
  readonly fund: LetterFund;
  /** One per owner (one letter each), by owner name. */
  readonly items: readonly CallLetterItem[];
}

export interface ReminderItem {
  readonly callItemId: string;
  readonly callId: string;
  readonly title: string;
  readonly fund: LetterFund | null;
  readonly dueDate: CalendarDate;
  readonly daysLate: number;
  readonly outstandingCents: number;
  readonly lateInterestCents: number;
  readonly ogm: string;
  readonly ogmDigits: string;
}

export interface ReminderLetter {
  readonly owner: LetterOwner | null;
  readonly overdueCents: number;
  readonly oldestDueDate: CalendarDate;
  readonly daysLate: number;
  readonly lateInterestCents: number;
  readonly items: readonly ReminderItem[];
}

export interface ReminderLetters {
  readonly building: LetterBuilding;
  readonly asOf: CalendarDate;
  readonly lateInterestRateBp: number | null;
  /** One per owner in arrears, oldest due date first. */
  readonly letters: readonly ReminderLetter[];
}

/**
 * Facade for the letters (`@modules/funds`): everything a call letter or a reminder needs, read once, with the same
 * visibility as the other money routes (another organization's call or building answers 404).
 */
@Injectable()
export class MoneyLettersService {
  constructor(
    private readonly calls: CallsService,
    private readonly ledgers: LedgersService,
    private readonly funds: FundRepository,
    private readonly registry: MoneyRegistry,
  ) {}

  /** One item per owner of the call: name, postal address, units, amount, due date, OGM; 409 CALL_CANCELLED. */
  async callLetters(tenant: TenantContext, callId: string): Promise<CallLetters> {
    const call = await this.calls.load(tenant, callId);
    if (call.cancelledAt) throw new CallAlreadyCancelled();
    const [building, [fund], owners] = await Promise.all([
      this.registry.building(tenant, call.buildingId),
      this.funds.findByIds(tenant.organizationId, [call.fundId]),
      this.registry.owners(
        tenant,
        call.items.map((i) => i.ownerId),
      ),
    ]);
    const items = call.items.map((item) => ({
      callItemId: item.id,
      owner: owners.get(item.ownerId) ?? null,
      units: item.units,
      amountCents: item.amountCents,
      dueDate: call.dueDate,
      ogm: formatOgm(item.ogm),
      ogmDigits: item.ogm,
    }));
    return {
      call: {
        id: call.id,
        title: call.title,
        amountCents: call.amountCents,
        callDate: call.callDate,
        dueDate: call.dueDate,
      },
      building,
      fund: letterFund(fund!),
      items: items.sort((a, b) => byName(a.owner, b.owner) || (a.callItemId < b.callItemId ? -1 : 1)),
    };
  }

  /** One letter per owner in arrears on `asOf` (today by default), each overdue item with its fund's account. */
  async reminderLetters(tenant: TenantContext, buildingId: string, asOf?: CalendarDate): Promise<ReminderLetters> {
    const arrears = await this.ledgers.arrears(tenant, buildingId, asOf);
    const fundIds = [...new Set(arrears.owners.flatMap((o) => o.items.map((i) => i.fundId)))];
    const [building, funds] = await Promise.all([
      this.registry.building(tenant, buildingId),
      this.funds.findByIds(tenant.organizationId, fundIds),
    ]);
    const byId = new Map(funds.map((f) => [f.id, letterFund(f)]));
    return {
      building,
      asOf: arrears.asOf,
      lateInterestRateBp: arrears.lateInterestRateBp,
      letters: arrears.owners.map((o) => ({
        owner: o.owner,
        overdueCents: o.overdueCents,
        oldestDueDate: o.oldestDueDate,
        daysLate: o.daysLate,
        lateInterestCents: o.lateInterestCents,
        items: o.items.map((i) => ({
          callItemId: i.callItemId,
          callId: i.callId,
          title: i.title,
          fund: byId.get(i.fundId) ?? null,
          dueDate: i.dueDate,
          daysLate: i.daysLate,
          outstandingCents: i.outstandingCents,
          lateInterestCents: i.lateInterestCents,
          ogm: i.ogm,
          ogmDigits: i.ogm.replace(/\D/g, ''),
        })),
      })),
    };
  }
}

function letterFund(f: { id: string; kind: FundKind; name: string; iban: string }): LetterFund {
  return { id: f.id, kind: f.kind, name: f.name, iban: f.iban };
}

function byName(a: LetterOwner | null, b: LetterOwner | null): number {
  const key = (o: LetterOwner | null) => (o ? `${o.lastName} ${o.firstName}`.toLowerCase() : '');
  return key(a).localeCompare(key(b));
}
