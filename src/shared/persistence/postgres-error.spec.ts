import { QueryFailedError } from 'typeorm';
import { isUniqueViolation, postgresError, violatedForeignKey } from './postgres-error';

const wrapped = (code: string, constraint: string) =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error('violation'), { code, constraint }));

describe('postgres errors', () => {
  it('reads the PostgreSQL error wrapped by TypeORM, or a raw one', () => {
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
});
