import { HttpException, NotFoundException } from '@nestjs/common';
import { DomainError } from '../domain/domain-error';
import { ApiException } from './api-exception';
import { languageFrom } from './language';
import { toProblem } from './problem';
import { registerProblemMessages } from './problem-messages';

class QuotaExceeded extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'TEST_QUOTA_EXCEEDED';
}

describe('toProblem', () => {
  it('maps domain error kinds to statuses and keeps their code', () => {
    const problem = toProblem(new QuotaExceeded('Quotas would reach 1001 of 1000'), 'req-1', 'en');
    expect(problem.status).toBe(422);
    expect(problem.body).toEqual({
      type: 'urn:koprogo:problem:test-quota-exceeded',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'Quotas would reach 1001 of 1000',
      code: 'TEST_QUOTA_EXCEEDED',
      requestId: 'req-1',
    });
    expect(problem.unexpected).toBe(false);
  });

  it('writes the reasons a domain error lists, each translated like the detail', () => {
    registerProblemMessages({ TEST_GAP: { fr: 'Le {day}, trou de {size}', nl: 'Op {day}, gat van {size}' } });
    const error = new QuotaExceeded('Two gaps', {}, [
      {
        field: 'quotas',
        message: 'On 2026-08-01, a gap of 100',
        code: 'TEST_GAP',
        params: { day: '2026-08-01', size: 100 },
      },
      { field: 'units.B2.owners', message: 'owners are missing' },
    ]);
    // A reason without texts of its own still never answers in English.
    expect(toProblem(error, 'r', 'fr').body.errors).toEqual([
      { field: 'quotas', message: 'Le 2026-08-01, trou de 100' },
      { field: 'units.B2.owners', message: "Le champ owners n'est pas valable" },
    ]);
    expect(toProblem(error, 'r', 'en').body.errors?.[0]).toEqual({
      field: 'quotas',
      message: 'On 2026-08-01, a gap of 100',
    });
  });

  it('carries field errors and headers of API exceptions', () => {
    const problem = toProblem(
      new ApiException(429, 'RATE_LIMITED', 'slow down', undefined, { 'retry-after': '60' }),
      'r',
      'fr',
    );
    expect(problem).toMatchObject({ status: 429, headers: { 'retry-after': '60' } });
    expect(problem.body.detail).toBe('Trop de tentatives ; réessayez plus tard');
  });

  it('unwraps Fastify client errors that Nest wrapped', () => {
    const cause = Object.assign(new Error('Body is not valid JSON'), {
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
      statusCode: 400,
    });
    const wrapped = new HttpException('Body is not valid JSON', 400, { cause });
    expect(toProblem(wrapped, 'r', 'en').body.code).toBe('MALFORMED_JSON');
  });

  it('hides the details of unexpected errors', () => {
    const problem = toProblem(new Error('connection refused at 10.0.0.3'), 'r', 'en');
    expect(problem).toMatchObject({ status: 500, unexpected: true });
    expect(problem.body.detail).toBe('An unexpected error occurred');
    expect(JSON.stringify(problem.body)).not.toContain('10.0.0.3');
  });

  it('treats Nest HTTP exceptions by status', () => {
    expect(toProblem(new NotFoundException(), 'r', 'nl').body).toMatchObject({
      code: 'ROUTE_NOT_FOUND',
      detail: 'Onbekende route',
    });
  });
});

describe('languageFrom', () => {
  it('picks the preferred supported language', () => {
    expect(languageFrom('de-DE, nl;q=0.8, fr;q=0.9', 'en')).toBe('fr');
    expect(languageFrom('nl-BE', 'en')).toBe('nl');
    expect(languageFrom('de', 'en')).toBe('en');
    expect(languageFrom(undefined, 'fr')).toBe('fr');
    expect(languageFrom('fr;q=0', 'en')).toBe('en');
  });
});
