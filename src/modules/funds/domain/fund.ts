import { collapseSpaces, normalizeIban } from '../../../shared/domain';
import { InvalidFund } from './money.errors';

/** The two funds every association keeps (art. 3.86 §3): ordinary expenses, and works. */
export const FUND_KINDS = ['working_capital', 'reserve'] as const;
export type FundKind = (typeof FUND_KINDS)[number];

export interface FundInput {
  readonly kind: FundKind;
  readonly name: string;
  readonly iban: string;
}

export interface FundSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly kind: FundKind;
  readonly name: string;
  /** Compact, upper case, its mod-97 check verified ("BE68539007547034"). */
  readonly iban: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A fund as listed: with what its calls asked and what the owners paid into it. */
export interface FundView extends FundSnapshot {
  /** Σ items of its calls that are not cancelled. */
  readonly calledCents: number;
  /** Σ payments allocated to those items: the money the fund received. */
  readonly balanceCents: number;
}

/** The fund's fields checked: a known kind, a name of 1..100 characters, an IBAN whose check holds. */
export function checkedFund(input: FundInput): FundInput {
  if (!FUND_KINDS.includes(input.kind)) throw new InvalidFund('kind', 'kind must be working_capital or reserve');
  const name = collapseSpaces(input.name);
  if (name.length < 1 || name.length > 100) throw new InvalidFund('name', 'name must be 1 to 100 characters');
  const iban = normalizeIban(input.iban);
  if (!iban) throw new InvalidFund('iban', 'iban must be an IBAN whose check digits hold (mod 97)');
  return { kind: input.kind, name, iban };
}
