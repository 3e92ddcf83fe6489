import { DomainError } from '../../src/shared/domain';
import { problemMessage } from '../../src/shared/http/problem-messages';

type ErrorClass = new (...args: unknown[]) => DomainError;

/** One instance of every DomainError class the modules export (the arguments only shape the English message). */
export function errorsOf(...modules: Array<Record<string, unknown>>): DomainError[] {
  return modules
    .flatMap((module) => Object.values(module))
    .filter((value): value is ErrorClass => typeof value === 'function' && value.prototype instanceof DomainError)
    .map((ErrorType) => new ErrorType('field', 'value', 'other'));
}

/**
 * One test per error: its code answers in French and in Dutch with every placeholder filled from the error's params,
 * while English keeps the error's own message. Register the texts in a `beforeAll` first.
 */
export function itAnswersInFrenchAndDutch(errors: readonly DomainError[]): void {
  it('finds error classes to check', () => expect(errors.length).toBeGreaterThan(0));

  it.each(errors.map((error) => [error.code, error] as const))('%s answers in French and Dutch', (_, error) => {
    for (const language of ['fr', 'nl'] as const) {
      const detail = problemMessage(error.code, language, error.params, 'untranslated');
      expect({ language, detail }).not.toEqual({ language, detail: 'untranslated' });
      expect(detail).not.toMatch(/\{\w+\}/);
    }
    expect(problemMessage(error.code, 'en', error.params, error.message)).toBe(error.message);
  });
}
