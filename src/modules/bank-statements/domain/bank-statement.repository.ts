import type { Page, PageRequest } from '@shared/domain';
import type { BankMovementSnapshot, BankStatementSnapshot, BankStatementView, MovementStatus } from './bank-statement';
import type { MovementSuggestion } from './movement-matching';

export const STATEMENT_SORTS = ['closingDate', 'importedAt'] as const;
export type StatementSort = (typeof STATEMENT_SORTS)[number];
export const MOVEMENT_SORTS = ['bookingDate', 'amountCents'] as const;
export type MovementSort = (typeof MOVEMENT_SORTS)[number];

/** What a matched movement became: an owner's payment (funds) or the payment of an invoice (expenses). */
export type Settlement = { readonly paymentId: string } | { readonly expenseId: string };

export interface SuggestedMovement {
  readonly movementId: string;
  readonly suggestion: MovementSuggestion;
}

export interface MovementFilter {
  readonly buildingId?: string;
  readonly status?: MovementStatus;
}

/** Statements and their movements, kept together: a statement is stored whole or not at all. */
export abstract class BankStatementRepository {
  /**
   * Keeps the statement and its movements in one transaction, unless the organization already holds a statement of
   * that identity: then nothing is written and the one kept is returned with `created: false`. A building of
   * another organization → ResourceNotFound.
   */
  abstract keep(
    statement: BankStatementSnapshot,
    movements: readonly BankMovementSnapshot[],
  ): Promise<{ statement: BankStatementView; created: boolean }>;

  abstract findById(organizationId: string, buildingId: string, id: string): Promise<BankStatementView | null>;

  abstract list(
    organizationId: string,
    buildingId: string,
    page: PageRequest<StatementSort>,
  ): Promise<Page<BankStatementView>>;

  abstract movements(
    organizationId: string,
    filter: MovementFilter,
    page: PageRequest<MovementSort>,
  ): Promise<Page<BankMovementSnapshot>>;

  /** The statement's movements, in their order. */
  abstract movementsOf(organizationId: string, statementId: string): Promise<BankMovementSnapshot[]>;

  /**
   * Locks the movement (FOR UPDATE, in its own transaction) and hands it to `settle`, which records the payment in
   * the funds context, or the invoice's payment in the expenses context (each in its own transaction), and says
   * which; or null to leave the movement as it is. Then marks the movement matched to it, drops its suggestion and
   * commits. A second match of the same movement waits for the first and then sees it matched. Null when the
   * organization holds no such movement. Should the process stop between the payment's commit and this one, the
   * payment stands and the movement stays unmatched.
   */
  abstract matchWith(
    organizationId: string,
    id: string,
    settle: (movement: BankMovementSnapshot) => Promise<Settlement | null>,
  ): Promise<BankMovementSnapshot | null>;

  /** Marks these movements suggested with their suggestion, those still unmatched, in one statement. */
  abstract suggest(organizationId: string, suggestions: readonly SuggestedMovement[]): Promise<void>;
}
