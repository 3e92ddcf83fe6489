import { DomainError, PeriodClosed } from '../domain';

/** What PostgreSQL says about a failed statement: its SQLSTATE code and, for constraint errors, the constraint. */
export interface PostgresError {
  readonly code?: string;
  readonly constraint?: string;
  readonly detail?: string;
}

export const FOREIGN_KEY_VIOLATION = '23503';
export const UNIQUE_VIOLATION = '23505';

/** The PostgreSQL error of a failed statement (pg's DatabaseError), or null for any other failure. */
export function postgresError(error: unknown): PostgresError | null {
  if (typeof error !== 'object' || error === null || error instanceof DomainError) return null;
  const candidate = error as PostgresError;
  return typeof candidate.code === 'string' ? candidate : null;
}

/** A unique_violation, optionally of one constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = postgresError(error);
  return pg?.code === UNIQUE_VIOLATION && (constraint === undefined || pg.constraint === constraint);
}

/** The constraint of a foreign_key_violation, or undefined. */
export function violatedForeignKey(error: unknown): string | undefined {
  const pg = postgresError(error);
  return pg?.code === FOREIGN_KEY_VIOLATION ? pg.constraint : undefined;
}

export const CHECK_VIOLATION = '23514';

/**
 * The database's refusal of a write dated in a building's closed books (app_assert_books_open, migration
 * building-closings), as the same error the application raises when it checks first: 409 PERIOD_CLOSED with the
 * write's date and the closing date. Null for any other failure. The executors apply it to every statement, so no
 * repository has to know about closed periods to answer them correctly.
 */
export function periodClosedFrom(error: unknown): PeriodClosed | null {
  const pg = postgresError(error);
  if (pg?.code !== CHECK_VIOLATION || pg.constraint !== 'period_closed') return null;
  const detail = parseDetail(pg.detail);
  return new PeriodClosed(detail.date ?? '', detail.closedUntil ?? '');
}

function parseDetail(detail: string | undefined): { date?: string; closedUntil?: string } {
  try {
    const parsed: unknown = JSON.parse(detail ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

/** Rethrows a failure of a tenant statement, as a shared DomainError when the database refused it for one. */
export function rethrowTranslated(error: unknown): never {
  throw periodClosedFrom(error) ?? error;
}
