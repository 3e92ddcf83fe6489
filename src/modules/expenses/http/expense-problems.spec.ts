import { DomainError } from '@shared/domain';
import { problemMessage } from '@shared/http/problem-messages';
import * as distributionErrors from '../domain/charge-distribution.errors';
import * as expenseErrors from '../domain/expense.errors';
import { registerExpenseProblems } from './expense-problems';
import { DuplicateKeyName, InvalidKey, KeyInUse } from '../domain/distribution-key';
import { RegistryIncomplete, registryGaps } from '../domain/registry-completeness';

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

describe('charge refusal texts', () => {
  beforeAll(() => registerExpenseProblems());
  const gaps = registryGaps('2026-08-01', 1000, [{ unitNumber: 'B2', weight: 900, shares: [600_000] }]);

  it.each(
    [new RegistryIncomplete(gaps), new KeyInUse('Ascenseur'), new DuplicateKeyName('Ascenseur')].map((e) => [
      e.code,
      e,
    ]),
  )('%s answers in French and Dutch, English from the error itself', (_, error) => {
    for (const language of ['fr', 'nl'] as const) {
      expect(problemMessage(error.code, language, error.params, 'untranslated')).not.toMatch(/untranslated|\{\w+\}/);
    }
    expect(problemMessage(error.code, 'en', error.params, error.message)).toBe(error.message);
  });

  it('translates each gap of an incomplete registry, dated', () => {
    expect(gaps.map((g) => [g.field, g.message])).toEqual([
      ['quotas', "On 2026-08-01 the units' quotas add up to 900 of 1000"],
      ['units.B2.owners', 'On 2026-08-01 unit B2 is owned 60.0000 %'],
    ]);
    expect(gaps.map((g) => problemMessage(g.code!, 'nl', g.params!, g.message))).toEqual([
      'Op 2026-08-01 tellen de quotiteiten van de kavels op tot 900 van 1000',
      'Op 2026-08-01 is kavel B2 voor 60.0000 % in eigendom',
    ]);
  });

  it('keeps the key validation a 400 naming the field', () => {
    expect(new InvalidKey('weights.0.weight', 'must be positive')).toMatchObject({
      kind: 'invalid',
      params: { field: 'weights.0.weight' },
    });
  });
});
