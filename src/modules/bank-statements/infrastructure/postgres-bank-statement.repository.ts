import { Injectable } from '@nestjs/common';
import { Page, PageRequest, ResourceNotFound } from '@shared/domain';
import { readPage } from '@shared/persistence/page-query';
import { violatedForeignKey } from '@shared/persistence/postgres-error';
import { sql, Sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import type { BankMovementSnapshot, BankStatementSnapshot, BankStatementView } from '../domain/bank-statement';
import {
  BankStatementRepository,
  MovementFilter,
  MovementSort,
  Settlement,
  StatementSort,
  SuggestedMovement,
} from '../domain/bank-statement.repository';
import { bankMovements, bankStatements, movementOf, movementRow, suggestionColumns } from './bank-statements.table';

const STATEMENT_ORDER = { closingDate: 's.closing_date', importedAt: 's.imported_at' } as const satisfies Record<
  StatementSort,
  string
>;
const MOVEMENT_ORDER = { bookingDate: 'm.booking_date', amountCents: 'm.amount_cents' } as const satisfies Record<
  MovementSort,
  string
>;

/** A statement with its movements counted by status, in one statement. */
const SELECT_VIEW = sql`SELECT ${bankStatements.columns},
  (SELECT count(*) FILTER (WHERE m.status = 'matched') FROM bank_movements m WHERE m.statement_id = s.id) AS matched,
  (SELECT count(*) FILTER (WHERE m.status = 'unmatched') FROM bank_movements m WHERE m.statement_id = s.id) AS unmatched,
  (SELECT count(*) FILTER (WHERE m.status = 'suggested') FROM bank_movements m WHERE m.statement_id = s.id) AS suggested`;

/**
 * A statement and its movements are written in one tenant transaction. The insert of the statement row skips on the
 * organization's identity constraint (ON CONFLICT DO NOTHING): two imports of the same file at once keep one
 * statement, and the other reads it back. The building's foreign key answers 404 for a building the caller's
 * organization does not hold.
 */
@Injectable()
export class PostgresBankStatementRepository extends BankStatementRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async keep(
    statement: BankStatementSnapshot,
    movements: readonly BankMovementSnapshot[],
  ): Promise<{ statement: BankStatementView; created: boolean }> {
    const org = statement.organizationId;
    return this.db
      .transaction(org, async (tx) => {
        const inserted = await tx.rows(
          sql`${bankStatements.insert([statement])} ON CONFLICT (organization_id, identity) DO NOTHING RETURNING id`,
        );
        if (inserted.length && movements.length) await tx.execute(bankMovements.insert(movements.map(movementRow)));
        const [row] = await tx.rows(
          sql`${SELECT_VIEW} FROM ${bankStatements.from}
            WHERE s.organization_id = ${org} AND s.identity = ${statement.identity}`,
        );
        if (!row) throw new Error('the statement kept under this identity could not be read back');
        return { statement: toView(row), created: inserted.length > 0 };
      })
      .catch((error: unknown) => {
        if (violatedForeignKey(error) === 'bank_statements_building_fk') throw new ResourceNotFound('building');
        throw error;
      });
  }

  async findById(organizationId: string, buildingId: string, id: string): Promise<BankStatementView | null> {
    const [row] = await this.db.reader(organizationId).rows(
      sql`${SELECT_VIEW} FROM ${bankStatements.from}
        WHERE s.organization_id = ${organizationId} AND s.building_id = ${buildingId} AND s.id = ${id}`,
    );
    return row ? toView(row) : null;
  }

  list(organizationId: string, buildingId: string, page: PageRequest<StatementSort>): Promise<Page<BankStatementView>> {
    const direction = page.order === 'asc' ? sql`ASC` : sql`DESC`;
    return readPage(
      this.db.reader(organizationId),
      sql`${SELECT_VIEW}, count(*) OVER () AS total FROM ${bankStatements.from}
        WHERE s.organization_id = ${organizationId} AND s.building_id = ${buildingId}
        ORDER BY ${sql.id(STATEMENT_ORDER[page.sort])} ${direction}, s.id ${direction}`,
      page,
      toView,
    );
  }

  movements(
    organizationId: string,
    filter: MovementFilter,
    page: PageRequest<MovementSort>,
  ): Promise<Page<BankMovementSnapshot>> {
    const direction = page.order === 'asc' ? sql`ASC` : sql`DESC`;
    const conditions: Sql[] = [sql`m.organization_id = ${organizationId}`];
    if (filter.buildingId) conditions.push(sql`m.building_id = ${filter.buildingId}`);
    if (filter.status) conditions.push(sql`m.status = ${filter.status}`);
    return readPage(
      this.db.reader(organizationId),
      sql`SELECT ${bankMovements.columns}, count(*) OVER () AS total FROM ${bankMovements.from}
        WHERE ${sql.join(conditions, sql` AND `)}
        ORDER BY ${sql.id(MOVEMENT_ORDER[page.sort])} ${direction}, m.id ${direction}`,
      page,
      movementOf,
    );
  }

  async movementsOf(organizationId: string, statementId: string): Promise<BankMovementSnapshot[]> {
    const rows = await this.db.reader(organizationId).rows(
      sql`SELECT ${bankMovements.columns} FROM ${bankMovements.from}
        WHERE m.organization_id = ${organizationId} AND m.statement_id = ${statementId} ORDER BY m.position`,
    );
    return rows.map(movementOf);
  }

  matchWith(
    organizationId: string,
    id: string,
    settle: (movement: BankMovementSnapshot) => Promise<Settlement | null>,
  ): Promise<BankMovementSnapshot | null> {
    return this.db.transaction(organizationId, async (tx) => {
      const [row] = await tx.rows(
        sql`SELECT ${bankMovements.columns} FROM ${bankMovements.from}
          WHERE m.organization_id = ${organizationId} AND m.id = ${id} FOR UPDATE`,
      );
      if (!row) return null;
      const movement = movementOf(row);
      const settlement = await settle(movement);
      if (settlement === null) return movement;
      const paymentId = 'paymentId' in settlement ? settlement.paymentId : null;
      const expenseId = 'expenseId' in settlement ? settlement.expenseId : null;
      const [updated] = await tx.rows(
        sql`UPDATE bank_movements m SET status = 'matched', payment_id = ${paymentId}, expense_id = ${expenseId},
            ${bankMovements.set(suggestionColumns(null))}
          WHERE m.organization_id = ${organizationId} AND m.id = ${id}
            AND m.payment_id IS NULL AND m.expense_id IS NULL
          RETURNING ${bankMovements.columns}`,
      );
      if (!updated) throw new Error('a locked unmatched movement could not be marked matched');
      return movementOf(updated);
    });
  }

  async suggest(organizationId: string, suggestions: readonly SuggestedMovement[]): Promise<void> {
    if (suggestions.length === 0) return;
    const rows = suggestions.map(({ movementId, suggestion }) => {
      const c = suggestionColumns(suggestion);
      return sql`(${movementId}::uuid, ${c.suggestionReason}, ${c.suggestedOwnerId}::uuid,
        ${c.suggestedCallItemId}::uuid, ${c.suggestedExpenseId}::uuid)`;
    });
    // One statement that stands alone: a movement matched meanwhile keeps its status.
    await this.db.writeOnce(
      organizationId,
      sql`UPDATE bank_movements m SET status = 'suggested', suggestion_reason = v.reason,
          suggested_owner_id = v.owner_id, suggested_call_item_id = v.call_item_id,
          suggested_expense_id = v.expense_id
        FROM (VALUES ${sql.join(rows)}) AS v (id, reason, owner_id, call_item_id, expense_id)
        WHERE m.organization_id = ${organizationId} AND m.id = v.id AND m.status = 'unmatched'`,
    );
  }
}

function toView(row: Record<string, unknown>): BankStatementView {
  return {
    ...bankStatements.fromRow(row),
    matched: Number(row.matched),
    unmatched: Number(row.unmatched),
    suggested: Number(row.suggested),
  };
}
