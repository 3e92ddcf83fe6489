import { DomainError } from '../../../shared/domain';
import { problemMessage } from '../../../shared/http/problem-messages';
import * as pcnErrors from '../domain/pcn.errors';
import { registerPcnProblems } from './pcn-problems';

type ErrorClass = new (...args: unknown[]) => DomainError;

/** QUOTA_EXCEEDED is the units context's code too: its texts are registered there. */
const errors = (Object.values(pcnErrors) as unknown[])
  .filter((value): value is ErrorClass => typeof value === 'function' && value.prototype instanceof DomainError)
  .map((ErrorType) => new ErrorType('2026-12-31', '2026-01-01'))
  .filter((error) => error.code !== 'QUOTA_EXCEEDED');

describe('pcn problem texts', () => {
  beforeAll(() => registerPcnProblems());

  it.each(errors.map((error) => [error.code, error]))('%s answers in French and Dutch', (_, error) => {
    for (const language of ['fr', 'nl'] as const) {
      const detail = problemMessage(error.code, language, error.params, 'untranslated');
      expect({ language, detail }).not.toEqual({ language, detail: 'untranslated' });
      expect(detail).not.toMatch(/\{\w+\}/);
    }
  });

  it('names the period in the language asked', () => {
    const error = new pcnErrors.InvalidPcnPeriod('2026-12-31', '2026-01-01');
    expect(problemMessage(error.code, 'nl', error.params, error.message)).toBe(
      'De periode begint na het einde ervan (2026-12-31 > 2026-01-01)',
    );
    expect(problemMessage(error.code, 'en', error.params, error.message)).toBe(error.message);
  });
});
