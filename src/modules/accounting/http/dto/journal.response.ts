import { ApiProperty } from '@nestjs/swagger';
import { ApiCents, ApiDay, ApiId, ApiTimestamp } from '../../../../shared/http/api-property.decorators';
import { Chart, ChartAccount, ChartLanguage, labelIn } from '../../domain/chart';
import {
  JOURNALS,
  type JournalEntrySnapshot,
  type JournalKind,
  type JournalLine,
  SOURCE_TYPES,
  type SourceType,
} from '../../domain/journal-entry';
import type { TrialBalance, TrialBalanceLine } from '../../domain/trial-balance';

export class JournalLineResponse {
  @ApiProperty({ example: '410' })
  accountCode!: string;
  @ApiCents()
  debitCents!: number;
  @ApiCents()
  creditCents!: number;
  @ApiId({ nullable: true })
  ownerId!: string | null;
  @ApiId({ nullable: true })
  unitId!: string | null;

  static from(l: JournalLine): JournalLineResponse {
    return {
      accountCode: l.accountCode,
      debitCents: l.debitCents,
      creditCents: l.creditCents,
      ownerId: l.ownerId,
      unitId: l.unitId,
    };
  }
}

export class JournalEntryResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  @ApiDay()
  date!: string;
  @ApiProperty({ enum: JOURNALS, example: 'sales' })
  journal!: JournalKind;
  @ApiProperty({ example: 'Call Provisions T1 2026' })
  reference!: string;
  /** What posted it: null for a manual entry. */
  @ApiProperty({ type: 'string', nullable: true, enum: [...SOURCE_TYPES, null], example: 'call' })
  sourceType!: SourceType | null;
  /** The call, payment or expense that posted it. */
  @ApiId({ nullable: true })
  sourceId!: string | null;
  /** The entry this one reverses. */
  @ApiId({ nullable: true })
  reversesEntryId!: string | null;
  /** The entry that reversed this one. */
  @ApiId({ nullable: true })
  reversedByEntryId!: string | null;
  @ApiTimestamp()
  createdAt!: string;
  @ApiProperty({ type: [JournalLineResponse] })
  lines!: JournalLineResponse[];

  static from(e: JournalEntrySnapshot): JournalEntryResponse {
    return {
      id: e.id,
      buildingId: e.buildingId,
      date: e.date,
      journal: e.journal,
      reference: e.reference,
      sourceType: e.sourceType,
      sourceId: e.sourceId,
      reversesEntryId: e.reversesEntryId,
      reversedByEntryId: e.reversedByEntryId,
      createdAt: new Date(e.createdAt).toISOString(),
      lines: e.lines.map(JournalLineResponse.from),
    };
  }
}

export class ChartAccountResponse {
  @ApiProperty({ example: '410' })
  code!: string;
  @ApiProperty({ example: 'Copropriétaires – appels de fonds à recevoir' })
  label!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 7, example: 4 })
  class!: number;
  /** True while the number has not been checked against the published annex of the decree. */
  @ApiProperty({ example: false })
  toVerify!: boolean;
  /** Where the number comes from; null for the organization's sub-accounts. */
  @ApiProperty({ type: 'string', nullable: true, example: 'AR 12.07.2012 annex, as researched (domain.md "Books")' })
  source!: string | null;
  /** For an organization's sub-account: the chart account it extends; null for the chart's accounts. */
  @ApiProperty({ type: 'string', nullable: true, example: null })
  parentCode!: string | null;

  static from(a: ChartAccount, lang: ChartLanguage): ChartAccountResponse {
    return {
      code: a.code,
      label: labelIn(a, lang),
      class: a.class,
      toVerify: a.toVerify,
      source: a.source,
      parentCode: a.parentCode,
    };
  }
}

export class ChartResponse {
  /** The version of the chart in force. */
  @ApiProperty({ example: 'be-copro-2012' })
  version!: string;
  @ApiDay()
  validFrom!: string;
  @ApiProperty({ type: [ChartAccountResponse] })
  accounts!: ChartAccountResponse[];

  static from(c: Chart, lang: ChartLanguage): ChartResponse {
    return {
      version: c.version,
      validFrom: c.validFrom,
      accounts: c.accounts.map((a) => ChartAccountResponse.from(a, lang)),
    };
  }
}

export class TrialBalanceAccountResponse {
  @ApiProperty({ example: '550' })
  accountCode!: string;
  @ApiProperty({ example: 'Banque – compte courant (fonds de roulement)' })
  label!: string;
  @ApiCents()
  debitCents!: number;
  @ApiCents()
  creditCents!: number;
  /** Debits − credits: positive for a debit balance. */
  @ApiCents()
  balanceCents!: number;

  static from(l: TrialBalanceLine): TrialBalanceAccountResponse {
    return {
      accountCode: l.accountCode,
      label: l.label,
      debitCents: l.debitCents,
      creditCents: l.creditCents,
      balanceCents: l.balanceCents,
    };
  }
}

export class TrialBalanceTotalsResponse {
  @ApiCents()
  debitCents!: number;
  @ApiCents()
  creditCents!: number;
}

export class TrialBalanceResponse {
  @ApiId()
  buildingId!: string;
  @ApiDay()
  asOf!: string;
  @ApiProperty({ type: [TrialBalanceAccountResponse] })
  accounts!: TrialBalanceAccountResponse[];
  /** Equal: every entry balances. */
  totals!: TrialBalanceTotalsResponse;

  static from(t: TrialBalance): TrialBalanceResponse {
    return {
      buildingId: t.buildingId,
      asOf: t.asOf,
      accounts: t.accounts.map(TrialBalanceAccountResponse.from),
      totals: { debitCents: t.totals.debitCents, creditCents: t.totals.creditCents },
    };
  }
}
