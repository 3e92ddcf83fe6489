import type { BankMovementSnapshot, BankStatementView, MovementStatus } from '../../domain/bank-statement';
import type { StatementFormat } from '../../domain/bank-statement-file';
import { type MovementSuggestion, SUGGESTION_REASONS, type SuggestionReason } from '../../domain/movement-matching';
import { ApiProperty } from '@nestjs/swagger';
import { formatOgm } from '@shared/domain';
import { ApiCents, ApiDay, ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class BankStatementResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  /**
   * The file's format: `coda` or `camt053`.
   * @example "coda"
   */
  format!: StatementFormat;
  /** The statement's account (IBAN, without spaces). */
  @ApiProperty({ example: 'BE68539007547034' })
  account!: string;
  /** ISO 4217 currency of the account: only EUR accounts are kept. */
  @ApiProperty({ example: 'EUR' })
  currency!: string;
  /** The bank's statement number. */
  @ApiProperty({ example: '042' })
  statementNumber!: string;
  /** Balance before the first movement, signed. */
  @ApiCents({ example: 1250000 })
  openingCents!: number;
  /** Day of the opening balance, YYYY-MM-DD. */
  @ApiDay()
  openingDate!: string;
  /** Balance after the last movement, signed: the opening balance plus the movements. */
  @ApiCents({ example: 1257188 })
  closingCents!: number;
  /** Day of the closing balance, YYYY-MM-DD. */
  @ApiDay()
  closingDate!: string;
  /** How many booked movements the statement holds. */
  @ApiInteger({ minimum: 0, example: 3 })
  movements!: number;
  /** Movements matched to a payment. */
  @ApiInteger({ minimum: 0, example: 1 })
  matched!: number;
  /** Movements waiting in the reconciliation queue. */
  @ApiInteger({ minimum: 0, example: 2 })
  unmatched!: number;
  /** Movements with a suggested match (an amount and a counterparty IBAN). */
  @ApiInteger({ minimum: 0, example: 0 })
  suggested!: number;
  @ApiTimestamp()
  importedAt!: string;
  /**
   * True when the statement was already imported: nothing changed (answered with 200 instead of 201).
   * @example false
   */
  alreadyImported?: boolean;

  static from(s: BankStatementView, alreadyImported?: boolean): BankStatementResponse {
    return {
      id: s.id,
      buildingId: s.buildingId,
      format: s.format,
      account: s.accountIban,
      currency: s.currency,
      statementNumber: s.statementNumber,
      openingCents: s.openingCents,
      openingDate: s.openingDate,
      closingCents: s.closingCents,
      closingDate: s.closingDate,
      movements: s.movementCount,
      matched: s.matched,
      unmatched: s.unmatched,
      suggested: s.suggested,
      importedAt: s.importedAt.toISOString(),
      ...(alreadyImported === undefined ? {} : { alreadyImported }),
    };
  }
}

export class MovementSuggestionResponse {
  /**
   * owner_iban_and_amount (a credit from an account the owner paid from before, of exactly what a call item still
   * owes) or supplier_iban_and_amount (a debit to the supplier IBAN of an unpaid invoice, of exactly its amount).
   */
  @ApiProperty({ enum: SUGGESTION_REASONS, example: 'owner_iban_and_amount' })
  reason!: SuggestionReason;
  /** The owner the credit probably comes from, else null. */
  @ApiId({ nullable: true })
  ownerId!: string | null;
  /** The call item it probably pays (match with `{callItemId}` to confirm), else null. */
  @ApiId({ nullable: true })
  callItemId!: string | null;
  /** The invoice the debit probably pays (match with `{expenseId}` to confirm), else null. */
  @ApiId({ nullable: true })
  expenseId!: string | null;

  static from(s: MovementSuggestion | null): MovementSuggestionResponse | null {
    if (!s) return null;
    return s.reason === 'owner_iban_and_amount'
      ? { reason: s.reason, ownerId: s.ownerId, callItemId: s.callItemId, expenseId: null }
      : { reason: s.reason, ownerId: null, callItemId: null, expenseId: s.expenseId };
  }
}

export class BankMovementResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  @ApiId()
  statementId!: string;
  /** The movement's place in its statement, from 1. */
  @ApiInteger({ minimum: 1, example: 1 })
  position!: number;
  /** The statement's account (IBAN, without spaces). */
  @ApiProperty({ example: 'BE68539007547034' })
  account!: string;
  /**
   * The bank's reference of the movement.
   * @example "0042000100001"
   */
  bankReference!: string;
  /** Signed: money in is positive, money out negative. */
  @ApiCents({ example: 14063 })
  amountCents!: number;
  /** Day the bank booked it, YYYY-MM-DD. */
  @ApiDay()
  bookingDate!: string;
  /** Value day, YYYY-MM-DD, or null when the bank gave none. */
  @ApiDay({ nullable: true })
  valueDate!: string | null;
  /** The structured communication, written `+++ddd/dddd/ddddd+++`, when the payer gave one with a valid check. */
  @ApiProperty({
    type: 'string',
    nullable: true,
    example: '+++090/9337/55493+++',
    pattern: String.raw`^\+\+\+\d{3}/\d{4}/\d{5}\+\+\+$`,
  })
  ogm!: string | null;
  /**
   * The free communication, or null.
   * @example "Provisions T1 2026 A1.2 Peeters"
   */
  communication!: string | null;
  /**
   * The counterparty's account (IBAN, without spaces), or null.
   * @example "BE71096123456769"
   */
  counterpartyIban!: string | null;
  /**
   * The counterparty's name as the bank gives it, or null.
   * @example "PEETERS SOPHIE"
   */
  counterpartyName!: string | null;
  /**
   * matched (to a payment or an invoice), unmatched (waiting in the queue) or suggested (waiting, with a suggestion).
   * @example "matched"
   */
  status!: MovementStatus;
  /** The owner's payment the credit became (GET /payments/{id}) while matched, else null. */
  @ApiId({ nullable: true })
  paymentId!: string | null;
  /** The invoice the debit paid (GET /expenses/{id}) while matched, else null. */
  @ApiId({ nullable: true })
  expenseId!: string | null;
  /** What the movement probably is, while suggested; null otherwise. */
  @ApiProperty({ type: () => MovementSuggestionResponse, nullable: true })
  suggestion!: MovementSuggestionResponse | null;

  static from(m: BankMovementSnapshot): BankMovementResponse {
    return {
      id: m.id,
      buildingId: m.buildingId,
      statementId: m.statementId,
      position: m.position,
      account: m.accountIban,
      bankReference: m.bankReference,
      amountCents: m.amountCents,
      bookingDate: m.bookingDate,
      valueDate: m.valueDate,
      ogm: m.ogm ? formatOgm(m.ogm) : null,
      communication: m.communication,
      counterpartyIban: m.counterpartyIban,
      counterpartyName: m.counterpartyName,
      status: m.status,
      paymentId: m.paymentId,
      expenseId: m.expenseId,
      suggestion: MovementSuggestionResponse.from(m.suggestion),
    };
  }
}
