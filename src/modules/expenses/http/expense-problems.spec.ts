import { DomainError } from '@shared/domain';
import { problemMessage } from '@shared/http/problem-messages';
import * as distributionErrors from '../domain/charge-distribution.errors';
import * as expenseErrors from '../domain/expense.errors';
import { registerExpenseProblems } from './expense-problems';

type ErrorClass = new (...args: unknown[]) => DomainError;

/** The units context registers the texts of the codes it shares with the charge distribution. */
const UNITS_CODES = new Set(['INVALID_SHARE', 'QUOTA_EXCEEDED', 'OWNERSHIP_OVER_100']);

const errors = ([...Object.values(distributionErrors), ...Object.values(expenseErrors)] as unknown[])
  .filter((value): value is ErrorClass => typeof value === 'function' && value.prototype instanceof DomainError)
  .map((ErrorType) => new ErrorType('A-1', 1000, 'other'))
  .filter((error) => !UNITS_CODES.has(error.code));

describe('expense problem texts', () => {
  beforeAll(() => registerExpenseProblems());

  it.each(errors.map((error) => [error.code, error]))('%s answers in French and Dutch', (_, error) => {
    for (const language of ['fr', 'nl'] as const) {
      const detail = problemMessage(error.code, language, error.params, 'untranslated');
      expect({ language, detail }).not.toEqual({ language, detail: 'untranslated' });
      expect(detail).not.toMatch(/\{\w+\}/);
    }
  });

  it('fills the placeholders with the error params', () => {
    const error = new distributionErrors.DuplicateOwner('B-12');
    expect(problemMessage(error.code, 'fr', error.params, error.message)).toBe(
      'Un copropriétaire figure plus d’une fois dans le lot B-12',
    );
    expect(problemMessage(error.code, 'en', error.params, error.message)).toBe(error.message);
  });
});
