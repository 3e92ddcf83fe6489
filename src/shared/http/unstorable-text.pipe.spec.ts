import { ApiException } from './api-exception';
import { RejectUnstorableText } from './unstorable-text.pipe';

describe('RejectUnstorableText', () => {
  const pipe = new RejectUnstorableText();
  const errorsOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      const { code, errors } = error as ApiException;
      return { code, errors };
    }
    return null;
  };

  it('passes values without NUL characters through unchanged', () => {
    const body = { name: 'Résidence', agenda: [{ title: 'Budget' }], count: 2, none: null };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
  });

  it('names every field that holds one, nested ones by path', () => {
    const body = { name: 'a\u0000', agenda: [{ title: 'ok' }, { title: '\u0000' }] };
    expect(errorsOf(() => pipe.transform(body, { type: 'body' }))).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [
        { field: 'name', message: 'name must not contain NUL characters' },
        { field: 'agenda.1.title', message: 'agenda.1.title must not contain NUL characters' },
      ],
    });
  });

  it('refuses a lone surrogate, which is not Unicode text', () => {
    expect(errorsOf(() => pipe.transform({ email: 'a\ud800@b.be', name: '🏢 Résidence' }, { type: 'body' }))).toMatchObject({
      errors: [{ field: 'email', message: 'email must be valid Unicode text' }],
    });
  });

  it('checks query strings and path parameters, and leaves other arguments alone', () => {
    expect(errorsOf(() => pipe.transform({ city: 'x\u0000' }, { type: 'query' }))).toMatchObject({
      errors: [{ field: 'city' }],
    });
    expect(errorsOf(() => pipe.transform('\u0000', { type: 'param', data: 'id' }))).toMatchObject({
      errors: [{ field: 'id' }],
    });
    expect(pipe.transform('\u0000', { type: 'custom' })).toBe('\u0000');
  });
});
