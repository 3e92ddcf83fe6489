import { DomainError } from '../../../shared/domain';
import { problemMessage } from '../../../shared/http/problem-messages';
import * as pcnAccountErrors from '../domain/pcn-account.errors';
import { registerPcnAccountProblems } from './pcn-account-problems';

type ErrorClass = new (...args: unknown[]) => DomainError;

const errors = (Object.values(pcnAccountErrors) as unknown[])
  .filter((value): value is ErrorClass => typeof value === 'function' && value.prototype instanceof DomainError)
  .map((ErrorType) => new ErrorType('619500', 'must be a class-6 account of 6 digits'));

describe('chart of accounts problem texts', () => {
  beforeAll(() => registerPcnAccountProblems());

  it('finds error classes to check', () => expect(errors.length).toBeGreaterThan(0));

  it.each(errors.map((error) => [error.code, error]))('%s answers in French and Dutch', (_, error) => {
    for (const language of ['fr', 'nl'] as const) {
      const detail = problemMessage(error.code, language, error.params, 'untranslated');
      expect({ language, detail }).not.toEqual({ language, detail: 'untranslated' });
      expect(detail).not.toMatch(/\{\w+\}/);
    }
  });
});
