import { DatabaseError } from 'pg';
import { PeriodClosed, ResourceNotFound } from '../domain';
import {
  isUniqueViolation,
  periodClosedFrom,
  postgresError,
  rethrowTranslated,
  violatedForeignKey,
} from './postgres-error';

/** An error as pg raises it for a refused statement. */
const wrapped = (code: string, constraint: string) =>
  Object.assign(new DatabaseError('violation', 0, 'error'), { code, constraint });

describe('postgres errors', () => {
  it('reads the PostgreSQL error of a refused statement', () => {
    expect(postgresError(wrapped('23505', 'users_email_hash_key'))).toMatchObject({ code: '23505' });
    expect(postgresError(Object.assign(new Error('raw'), { code: '23503', constraint: 'fk' }))).toMatchObject({
      constraint: 'fk',
    });
    expect(postgresError(new Error('not a database error'))).toBeNull();
    expect(postgresError('boom')).toBeNull();
  });

  it('tells unique and foreign-key violations apart, by constraint', () => {
    expect(isUniqueViolation(wrapped('23505', 'a'))).toBe(true);
    expect(isUniqueViolation(wrapped('23505', 'a'), 'b')).toBe(false);
    expect(isUniqueViolation(wrapped('23503', 'a'))).toBe(false);
    expect(violatedForeignKey(wrapped('23503', 'expenses_building_fk'))).toBe('expenses_building_fk');
    expect(violatedForeignKey(wrapped('23505', 'expenses_building_fk'))).toBeUndefined();
  });

  it('reads the refusal of a write dated in closed books as 409 PERIOD_CLOSED with both dates', () => {
    const refused = Object.assign(new Error('closed'), {
      code: '23514',
      constraint: 'period_closed',
      detail: '{"closedUntil" : "2025-12-31", "date" : "2025-06-30"}',
    });
    expect(periodClosedFrom(refused)).toMatchObject({
      code: 'PERIOD_CLOSED',
      params: { date: '2025-06-30', closedUntil: '2025-12-31' },
    });
    expect(() => rethrowTranslated(refused)).toThrow(PeriodClosed);
    expect(periodClosedFrom(wrapped('23514', 'expenses_paid_at'))).toBeNull();
    expect(
      periodClosedFrom(Object.assign(new Error('x'), { code: '23514', constraint: 'period_closed', detail: 'x' })),
    ).toMatchObject({ params: { date: '', closedUntil: '' } });
  });

  it('passes any other failure through unchanged, and never reads a DomainError as a database error', () => {
    const other = new Error('connection lost');
    expect(() => rethrowTranslated(other)).toThrow(other);
    expect(postgresError(new ResourceNotFound('unit'))).toBeNull();
  });
});
