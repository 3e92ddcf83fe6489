/** What PostgreSQL says about a failed statement: its SQLSTATE code and, for constraint errors, the constraint. */
export interface PostgresError {
  readonly code?: string;
  readonly constraint?: string;
}

export const FOREIGN_KEY_VIOLATION = '23503';
export const UNIQUE_VIOLATION = '23505';

/** The PostgreSQL error behind a failure (TypeORM wraps it as `driverError`), or null for any other failure. */
export function postgresError(error: unknown): PostgresError | null {
  if (typeof error !== 'object' || error === null) return null;
  const driver = (error as { driverError?: unknown }).driverError;
  const candidate = (typeof driver === 'object' && driver !== null ? driver : error) as PostgresError;
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
