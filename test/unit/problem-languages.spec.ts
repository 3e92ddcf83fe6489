import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { DomainError } from '../../src/shared/domain/domain-error';
import { ApiException } from '../../src/shared/http/api-exception';
import { fieldMessage, hasFieldTexts } from '../../src/shared/http/field-messages';
import { toProblem } from '../../src/shared/http/problem';

const SRC = join(__dirname, '../../src');
const LANGUAGES = ['fr', 'nl'] as const;

/** Words that give English away; "is" is Dutch too, and French has none of these. */
const ENGLISH = {
  fr: /\b(must|should|the|is|are|not|cannot|required|already|valid|only|may|no such|wrong|too many)\b/i,
  nl: /\b(must|should|the|are|not|cannot|required|already|valid|only|may|no such|wrong|too many)\b/i,
};

/** Titles that are the same word in English (Dutch says "Conflict" too). */
const SAME_WORD: Record<(typeof LANGUAGES)[number], string[]> = { fr: [], nl: ['Conflict'] };

function sourceFiles(dir: string, suffix: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, suffix);
    return suffix.test(name) && !/\.(spec|int-spec)\.ts$/.test(name) ? [path] : [];
  });
}

const errorFiles = sourceFiles(SRC, /\.ts$/).filter((path) => /extends DomainError\b/.test(readFileSync(path, 'utf8')));
const problemFiles = sourceFiles(join(SRC, 'modules'), /-problems\.ts$/);
const dtoFiles = sourceFiles(SRC, /\.(request|query)\.ts$/);

type ErrorClass = new (...args: unknown[]) => DomainError;

/** One instance of every DomainError class in the sources (the arguments only shape the English message). */
async function everyDomainError(): Promise<DomainError[]> {
  const modules = await Promise.all(errorFiles.map((path) => import(path) as Promise<Record<string, unknown>>));
  return modules
    .flatMap((module) => Object.values(module))
    .filter((value): value is ErrorClass => typeof value === 'function' && value.prototype instanceof DomainError)
    .map(instanceOf);
}

/** Most errors take a few words; those built from a list of gaps get an empty one. */
function instanceOf(ErrorType: ErrorClass): DomainError {
  for (const args of [['field', 'value'], [[]]]) {
    try {
      return new ErrorType(...args);
    } catch {
      // the next shape of arguments
    }
  }
  throw new Error(`Cannot build ${ErrorType.name} for the test`);
}

/** The codes the HTTP layer answers on its own: authentication, roles, validation, limits, framework refusals. */
const HTTP_ERRORS = [
  new ApiException(401, 'UNAUTHENTICATED', 'A valid access token is required'),
  new ApiException(403, 'FORBIDDEN', 'Your role may not do this'),
  new ApiException(400, 'VALIDATION_FAILED', 'The request is not valid: see errors', [{ field: 'x', message: 'x' }]),
  new ApiException(400, 'JSON_TOO_DEEP', 'The request body nests deeper than 64 levels'),
  new ApiException(400, 'MALFORMED_MULTIPART', 'The multipart body is malformed or incomplete'),
  new ApiException(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the document as multipart/form-data'),
  { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY', message: 'Body is not valid JSON' },
  { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE', message: 'Request body is too large' },
  { statusCode: 400, code: 'FST_ERR_BAD_URL', message: 'bad url' },
  { statusCode: 404, message: 'Route GET:/x not found' },
  new Error('a bug'),
];

describe('every problem in French, Dutch and English', () => {
  let errors: DomainError[];

  beforeAll(async () => {
    for (const path of problemFiles) {
      const module = (await import(path)) as Record<string, unknown>;
      for (const [name, register] of Object.entries(module)) {
        if (name.startsWith('register') && typeof register === 'function') (register as () => void)();
      }
    }
    errors = await everyDomainError();
  });

  it('finds the error classes and the problem texts of every module', () => {
    expect(errors.length).toBeGreaterThan(60);
    expect(problemFiles.map((path) => relative(SRC, path))).toEqual(
      expect.arrayContaining(['modules/auth/http/auth-problems.ts', 'modules/identity/http/identity-problems.ts']),
    );
  });

  it('answers each error code with a translated detail and title', () => {
    const leaks: string[] = [];
    for (const error of [...errors, ...HTTP_ERRORS]) {
      const english = toProblem(error, 'r', 'en').body;
      for (const language of LANGUAGES) {
        const { detail, title, code } = toProblem(error, 'r', language).body;
        const problems = [
          detail === english.detail && 'detail untranslated',
          title === english.title && !SAME_WORD[language].includes(title) && 'title untranslated',
          ENGLISH[language].test(detail) && 'English in detail',
          ENGLISH[language].test(title) && 'English in title',
          /\{\w+\}/.test(detail) && 'placeholder left',
        ].filter(Boolean);
        if (problems.length)
          leaks.push(`${code} (${error.constructor.name}) ${language}: ${problems.join(', ')}: ${detail}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('names every resource of a NOT_FOUND in each language', () => {
    const literal = /new ResourceNotFound\('([^']+)'\)/g;
    const names = new Set(
      sourceFiles(SRC, /\.ts$/).flatMap((path) => [...readFileSync(path, 'utf8').matchAll(literal)].map((m) => m[1])),
    );
    for (const name of ['building', 'meeting', 'expense']) names.add(name); // documents' foreign keys
    expect(names.size).toBeGreaterThan(10);
    const NotFound = errors.find((e) => e.code === 'NOT_FOUND')?.constructor as new (r: string) => DomainError;
    for (const name of names) {
      for (const language of LANGUAGES) {
        const detail = toProblem(new NotFound(name as string), 'r', language).body.detail;
        expect({ name, language, detail }).toEqual({
          name,
          language,
          detail: expect.not.stringContaining(name as string),
        });
      }
    }
    expect(toProblem(new NotFound('building'), 'r', 'fr').body.detail).toBe('Immeuble introuvable');
    expect(toProblem(new NotFound('building'), 'r', 'nl').body.detail).toBe('Gebouw niet gevonden');
    expect(toProblem(new NotFound('building'), 'r', 'en').body.detail).toBe('No such building');
  });

  it('has French and Dutch texts for every validation constraint and written-out message of the request bodies', async () => {
    for (const path of dtoFiles) await import(path);
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, unknown[]> };
    const metadatas = [...storage.validationMetadatas.values()].flat() as Array<{
      type: string;
      name?: string;
      propertyName: string;
      message?: unknown;
    }>;
    expect(metadatas.length).toBeGreaterThan(100);
    const missing = new Set<string>();
    for (const m of metadatas) {
      if (['conditionalValidation', 'whitelistValidation'].includes(m.type)) continue;
      const constraint = m.name ?? m.type;
      // A message with class-validator's own tokens ($property) is its default wording: its constraint says it.
      const written = typeof m.message === 'string' && !m.message.includes('$') ? m.message : undefined;
      const known = written
        ? hasFieldTexts({ field: m.propertyName, message: written })
        : hasFieldTexts({ message: '', constraint });
      if (!known) missing.add(written ?? constraint);
    }
    expect([...missing]).toEqual([]);
    expect(hasFieldTexts({ message: '', constraint: 'whitelistValidation' })).toBe(true);
  });

  it('says field messages in the caller language with the constraint values', () => {
    const quota = {
      field: 'units.0.quota',
      message: 'quota must not be greater than 100000',
      constraint: 'max',
      args: [100000],
    };
    expect(fieldMessage(quota, 'en')).toBe('quota must not be greater than 100000');
    expect(fieldMessage(quota, 'fr')).toBe('quota doit valoir au plus 100000');
    expect(fieldMessage(quota, 'nl')).toBe('quota mag hoogstens 100000 zijn');
    const type = { field: 'type', message: 'type must be one of…', constraint: 'isIn', args: [['a', 'b']] };
    expect(fieldMessage(type, 'fr')).toBe('type doit valoir une de ces valeurs : a, b');
    expect(fieldMessage({ field: 'id', message: 'id must be a UUID' }, 'nl')).toBe('id moet een UUID zijn');
    expect(fieldMessage({ field: 'title', message: 'title must have 1 to 255 characters' }, 'fr')).toBe(
      "Le champ title n'est pas valable",
    );
  });
});
