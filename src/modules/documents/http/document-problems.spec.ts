import { DomainError } from '@shared/domain';
import { problemMessage } from '@shared/http/problem-messages';
import * as documentErrors from '../domain/document.errors';
import { registerDocumentProblems } from './document-problems';

type ErrorClass = new (...args: unknown[]) => DomainError;

const errors = (Object.values(documentErrors) as unknown[])
  .filter((value): value is ErrorClass => typeof value === 'function' && value.prototype instanceof DomainError)
  .map((ErrorType) => new ErrorType('unknown', 'minutes'));

describe('document problem texts', () => {
  beforeAll(() => registerDocumentProblems());

  it.each(errors.map((error) => [error.code, error]))('%s answers in French and Dutch', (_, error) => {
    for (const language of ['fr', 'nl'] as const) {
      const detail = problemMessage(error.code, language, error.params, 'untranslated');
      expect({ language, detail }).not.toEqual({ language, detail: 'untranslated' });
      expect(detail).not.toMatch(/\{\w+\}/);
    }
  });
});
