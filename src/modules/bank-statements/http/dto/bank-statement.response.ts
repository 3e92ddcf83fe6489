import type { BankMovementSnapshot, BankStatementView, MovementStatus } from '../../domain/bank-statement';
import type { StatementFormat } from '../../domain/bank-statement-file';
import { ApiProperty } from '@nestjs/swagger';
import { formatOgm } from '@shared/domain';
import { ApiCents, ApiDay, ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class BankStatementResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  /** The file's format: `coda` or `camt053`. */
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
  /** True when the statement was already imported: nothing changed (answered with 200 instead of 201). */
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
  /** The bank's reference of the movement. */
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
    example: '+++042/0007/00108+++',
    pattern: String.raw`^\+\+\+\d{3}/\d{4}/\d{5}\+\+\+$`,
  })
  ogm!: string | null;
  /** The free communication, or null. */
  communication!: string | null;
  /** The counterparty's account (IBAN, without spaces), or null. */
  counterpartyIban!: string | null;
  /** The counterparty's name as the bank gives it, or null. */
  counterpartyName!: string | null;
  /** matched (to a payment), unmatched (waiting in the queue) or suggested. */
  status!: MovementStatus;
  /** The owner's payment the credit became (GET /payments/{id}) while matched, else null. */
  @ApiId({ nullable: true })
  paymentId!: string | null;

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
    };
  }
}
