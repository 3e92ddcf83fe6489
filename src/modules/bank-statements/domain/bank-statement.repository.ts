import type { Page, PageRequest } from '@shared/domain';
import type { BankMovementSnapshot, BankStatementSnapshot, BankStatementView, MovementStatus } from './bank-statement';

export const STATEMENT_SORTS = ['closingDate', 'importedAt'] as const;
export type StatementSort = (typeof STATEMENT_SORTS)[number];
export const MOVEMENT_SORTS = ['bookingDate', 'amountCents'] as const;
export type MovementSort = (typeof MOVEMENT_SORTS)[number];

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
}
