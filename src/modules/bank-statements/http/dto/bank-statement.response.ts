import type { BankMovementSnapshot, BankStatementView, MovementStatus } from '../../domain/bank-statement';
import type { StatementFormat } from '../../domain/bank-statement-file';

export class BankStatementResponse {
  id!: string;
  buildingId!: string;
  /** The file's format: `coda` or `camt053`. */
  format!: StatementFormat;
  /** The statement's account (IBAN, without spaces). */
  account!: string;
  currency!: string;
  /** The bank's statement number. */
  statementNumber!: string;
  openingCents!: number;
  openingDate!: string;
  closingCents!: number;
  closingDate!: string;
  /** How many booked movements the statement holds. */
  movements!: number;
  /** Movements matched to a payment. */
  matched!: number;
  /** Movements waiting in the reconciliation queue. */
  unmatched!: number;
  /** Movements with a suggested match (an amount and a counterparty IBAN). */
  suggested!: number;
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
  id!: string;
  buildingId!: string;
  statementId!: string;
  /** The movement's place in its statement, from 1. */
  position!: number;
  /** The statement's account. */
  account!: string;
  /** The bank's reference of the movement. */
  bankReference!: string;
  /** Signed: money in is positive, money out negative. */
  amountCents!: number;
  bookingDate!: string;
  valueDate!: string | null;
  /** The structured communication, written `+++ddd/dddd/ddddd+++`, when the payer gave one with a valid check. */
  ogm!: string | null;
  communication!: string | null;
  counterpartyIban!: string | null;
  counterpartyName!: string | null;
  status!: MovementStatus;

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
      ogm: m.ogm ? `+++${m.ogm.slice(0, 3)}/${m.ogm.slice(3, 7)}/${m.ogm.slice(7)}+++` : null,
      communication: m.communication,
      counterpartyIban: m.counterpartyIban,
      counterpartyName: m.counterpartyName,
      status: m.status,
    };
  }
}
