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
  const { texts, slots } = templateOf(sql);
  let out = texts[0] as string;
  for (let i = 0; i < slots.length; i++) {
    const index = slots[i] as number;
    if (index < 0 || index >= params.length) throw new RangeError(`no value for parameter $${index + 1}`);
    out += sqlLiteral(params[index]) + (texts[i + 1] as string);
  }
  return out;
}

/** A statement cut at its parameters: `texts[0] $slots[0] texts[1] … texts[n]`, parameter indexes from 0. */
interface Template {
  readonly texts: readonly string[];
  readonly slots: readonly number[];
}

/** Statements are a few hundred templates: each is cut once (the cache is emptied if it ever grows past that). */
const templates = new Map<string, Template>();
const TEMPLATE_CACHE_SIZE = 500;

function templateOf(sql: string): Template {
  let template = templates.get(sql);
  if (template === undefined) {
    template = cut(sql);
    if (templates.size >= TEMPLATE_CACHE_SIZE) templates.clear();
    templates.set(sql, template);
  }
  return template;
}

function cut(sql: string): Template {
  const texts: string[] = [];
  const slots: number[] = [];
  let start = 0;
  let i = 0;
  while (i < sql.length) {
    const skipped = skipQuotedOrComment(sql, i);
    if (skipped > i) {
      i = skipped;
    } else if (sql[i] === '$' && isDigit(sql[i + 1]) && !isIdentifierChar(sql[i - 1])) {
      let end = i + 1;
      while (isDigit(sql[end])) end++;
      texts.push(sql.slice(start, i));
      slots.push(Number(sql.slice(i + 1, end)) - 1);
      start = i = end;
    } else {
      i++;
    }
  }
  texts.push(sql.slice(start));
  return { texts, slots };
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
