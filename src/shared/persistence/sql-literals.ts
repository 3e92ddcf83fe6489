import * as pg from 'pg';

/** pg's own conversion of a parameter to its text form: exported at run time, missing from its type definitions. */
const { prepareValue } = (pg as unknown as { utils: { prepareValue(value: unknown): unknown } }).utils;

/**
 * Writes the `$n` parameters of a statement into its text as quoted SQL literals, so that the statement can travel
 * with others in one simple-protocol query (one round trip; the extended protocol takes one per statement).
 *
 * Every value becomes a quoted literal of unknown type, `'42'`, `'{a,b}'` or `NULL`, which PostgreSQL resolves from
 * the context exactly as it resolves an untyped bound parameter; values are converted as pg converts parameters
 * (dates, arrays, JSON), then escaped by pg's own `escapeLiteral`. Binary values are refused: they belong in bound
 * parameters. `$n` inside quoted strings, quoted identifiers and comments is left alone.
 */
export function inlineParameters(sql: string, params: readonly unknown[]): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const skipped = skipQuotedOrComment(sql, i);
    if (skipped > i) {
      out += sql.slice(i, skipped);
      i = skipped;
      continue;
    }
    const char = sql[i];
    if (char === '$' && isDigit(sql[i + 1]) && !isIdentifierChar(sql[i - 1])) {
      let end = i + 1;
      while (isDigit(sql[end])) end++;
      const index = Number(sql.slice(i + 1, end)) - 1;
      if (index < 0 || index >= params.length) throw new RangeError(`no value for parameter $${index + 1}`);
      out += sqlLiteral(params[index]);
      i = end;
      continue;
    }
    out += char;
    i++;
  }
  return out;
}

/** One value as a quoted SQL literal of unknown type (or NULL). */
export function sqlLiteral(value: unknown): string {
  const prepared: unknown = prepareValue(value);
  if (prepared === null || prepared === undefined) return 'NULL';
  if (typeof prepared !== 'string') throw new TypeError('binary values cannot be written as SQL literals');
  return pg.escapeLiteral(prepared);
}

/** The index after a quoted string, quoted identifier or comment starting at `i`; `i` itself when none starts there. */
function skipQuotedOrComment(sql: string, i: number): number {
  const char = sql[i];
  if (char === "'" || char === '"') {
    let end = i + 1;
    while (end < sql.length) {
      if (sql[end] === char) {
        if (sql[end + 1] !== char) return end + 1;
        end++; // a doubled quote is an escaped quote
      }
      end++;
    }
    return sql.length;
  }
  if (char === '-' && sql[i + 1] === '-') {
    const end = sql.indexOf('\n', i);
    return end === -1 ? sql.length : end;
  }
  if (char === '/' && sql[i + 1] === '*') {
    const end = sql.indexOf('*/', i + 2);
    return end === -1 ? sql.length : end + 2;
  }
  return i;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function isIdentifierChar(char: string | undefined): boolean {
  return char !== undefined && /[\w$]/.test(char);
}
