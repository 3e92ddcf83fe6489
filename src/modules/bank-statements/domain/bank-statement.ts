import type { CalendarDate } from '@shared/domain';
import type { ParsedStatement, StatementFormat, StatementMovement } from './bank-statement-file';
import type { MovementSuggestion } from './movement-matching';

/** Where a movement stands in reconciliation. */
export const MOVEMENT_STATUSES = ['matched', 'unmatched', 'suggested'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];

/** An imported statement, as kept. */
export interface BankStatementSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly format: StatementFormat;
  readonly accountIban: string;
  readonly currency: string;
  readonly statementNumber: string;
  /** Hex SHA-256 of `statementIdentity`: one statement per organization. */
  readonly identity: string;
  readonly openingCents: number;
  readonly openingDate: CalendarDate;
  readonly closingCents: number;
  readonly closingDate: CalendarDate;
  readonly movementCount: number;
  readonly importedAt: Date;
  readonly importedBy: string;
}

/** A statement with how many of its movements stand in each reconciliation status. */
export interface BankStatementView extends BankStatementSnapshot {
  readonly matched: number;
  readonly unmatched: number;
  readonly suggested: number;
}

/** A movement in the reconciliation queue. */
export interface BankMovementSnapshot extends StatementMovement {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly statementId: string;
  readonly position: number;
  readonly accountIban: string;
  readonly status: MovementStatus;
  /** The owner's payment a matched credit became (funds context), else null. */
  readonly paymentId: string | null;
  /** The invoice a matched debit paid (expenses context), else null. */
  readonly expenseId: string | null;
  /** What a `suggested` movement probably is (computed at import), else null. */
  readonly suggestion: MovementSuggestion | null;
  readonly createdAt: Date;
}

/** Whether the import tries to turn the movement into a payment on its own: money in, with a structured communication. */
export function matchesOnImport(movement: BankMovementSnapshot): boolean {
  return movement.status === 'unmatched' && movement.amountCents > 0 && movement.ogm !== null;
}

/** Column widths of what is kept: longer bank texts are cut, never refused (the bank wrote them, not the user). */
const WIDTHS = { bankReference: 64, communication: 1000, counterpartyName: 140, statementNumber: 35 } as const;
const cut = (text: string | null, width: number) => (text === null ? null : text.slice(0, width));

/** The statement and its movements as they will be kept; every movement waits unmatched. */
export function statementToKeep(
  parsed: ParsedStatement,
  ids: { id: string; organizationId: string; buildingId: string; identity: string; importedBy: string },
  now: Date,
  newId: () => string,
): { statement: BankStatementSnapshot; movements: BankMovementSnapshot[] } {
  const statement: BankStatementSnapshot = {
    ...ids,
    format: parsed.format,
    accountIban: parsed.accountIban,
    currency: parsed.currency,
    statementNumber: parsed.statementNumber.slice(0, WIDTHS.statementNumber),
    openingCents: parsed.openingCents,
    openingDate: parsed.openingDate,
    closingCents: parsed.closingCents,
    closingDate: parsed.closingDate,
    movementCount: parsed.movements.length,
    importedAt: now,
  };
  const movements = parsed.movements.map((movement, index): BankMovementSnapshot => ({
    ...movement,
    bankReference: movement.bankReference.slice(0, WIDTHS.bankReference),
    communication: cut(movement.communication, WIDTHS.communication),
    counterpartyName: cut(movement.counterpartyName, WIDTHS.counterpartyName),
    counterpartyIban:
      movement.counterpartyIban && movement.counterpartyIban.length <= 34 ? movement.counterpartyIban : null,
    id: newId(),
    organizationId: ids.organizationId,
    buildingId: ids.buildingId,
    statementId: ids.id,
    position: index + 1,
    accountIban: parsed.accountIban,
    status: 'unmatched',
    paymentId: null,
    expenseId: null,
    suggestion: null,
    createdAt: now,
  }));
  return { statement, movements };
}
