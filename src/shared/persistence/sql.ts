/**
 * The one way to write SQL: a tagged template whose values can only ever be values.
 *
 * sql`SELECT … FROM expenses e WHERE e.organization_id = ${organizationId} AND e.id = ${id}`
 *
 * The text between the values is the code's own: it is checked once per call site and refused when it holds anything
 * that could make a value leave its place (a statement separator, a comment, a dollar quote, an E-string or a value
 * written inside quotes). Identifiers enter through `sql.id`, from constant unions only; lists through `sql.join`;
 * a statement can embed another (`sql`… WHERE ${filter}`), and the values of both stay values. Every executor takes a
 * `Sql`, never a string, so a statement built by concatenation does not compile.
 */
const BUILDER: unique symbol = Symbol('sql');

/** Templates are checked once: a call site always hands over the same strings array. */
const checked = new WeakSet<TemplateStringsArray>();

export class Sql {
  /** Nominal: a string or a look-alike object is not a statement. */
  readonly #checked = true;

  private constructor(
    /** The text around the values: `segments[0] value[0] segments[1] … segments[n]`. */
    readonly segments: readonly string[],
    readonly values: readonly SqlValue[],
  ) {}

  /** The statement with `$1 … $n` placeholders, for the extended protocol (bound parameters). */
  get text(): string {
    let text = this.segments[0] as string;
    for (let i = 1; i < this.segments.length; i++) text += `$${i}${this.segments[i] as string}`;
    return text;
  }

  /** Built only by the tag and its helpers below, which hold the token. */
  static of(token: typeof BUILDER, segments: readonly string[], values: readonly SqlValue[]): Sql {
    if (token !== BUILDER) throw new TypeError('statements are written with the sql tag');
    return new Sql(segments, values);
  }

  static isSql(value: unknown): value is Sql {
    return typeof value === 'object' && value !== null && #checked in value;
  }
}

/** What a statement may carry as a value: bound as a parameter, or written as a quoted literal by the tenant reader. */
export type SqlValue =
  | string
  | number
  | bigint
  | boolean
  | Date
  | null
  | undefined
  | readonly SqlValue[]
  | { readonly [key: string]: unknown };

/** What a template may embed: values, or pieces of SQL made by the helpers (which are not values). */
export type SqlPart = SqlValue | Sql | Identifier;

class Identifier {
  constructor(readonly quoted: string) {}
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

/**
 * A name checked to be plain (lowercase letters, digits, underscores; `alias.column` at most) and written quoted. For
 * the table descriptions (`table.ts`), whose names are constants of the code; elsewhere `sql.id` takes constants only.
 */
export function identifier(name: string): Identifier {
  if (!IDENTIFIER.test(name)) throw new TypeError(`not an identifier: ${JSON.stringify(name)}`);
  return new Identifier(
    name
      .split('.')
      .map((part) => `"${part}"`)
      .join('.'),
  );
}

/** Literal string types only: `string` itself (a value from outside) is refused by the compiler. */
type Constant<T extends string> = string extends T ? never : T;

function tag(strings: TemplateStringsArray, ...parts: SqlPart[]): Sql {
  checkTemplate(strings);
  const built = new Builder(strings[0] as string);
  parts.forEach((part, i) => {
    if (part instanceof Identifier) built.text(part.quoted);
    else if (Sql.isSql(part)) built.embed(part);
    else built.value(part);
    built.text(strings[i + 1] as string);
  });
  return built.done();
}

/** Text and values appended in order; embedded statements bring their values along. */
class Builder {
  private readonly segments: string[];
  private readonly values: SqlValue[] = [];

  constructor(first: string) {
    this.segments = [first];
  }

  text(text: string): void {
    this.segments[this.segments.length - 1] += text;
  }

  value(value: SqlValue): void {
    this.values.push(value);
    this.segments.push('');
  }

  embed(statement: Sql): void {
    this.text(statement.segments[0] as string);
    statement.values.forEach((value, j) => {
      this.value(value);
      this.text(statement.segments[j + 1] as string);
    });
  }

  done(): Sql {
    return Sql.of(BUILDER, this.segments, this.values);
  }
}

export const sql = Object.assign(tag, {
  /** A column or table name from a constant union (`sql.id(ORDER_BY[sort])`), written as a quoted identifier. */
  id<T extends string>(name: Constant<T>): Identifier {
    return identifier(name);
  },

  /** Statements joined by a separator (`, ` unless given): column lists, AND-ed conditions, VALUES rows. */
  join(parts: readonly Sql[], separator: Sql = COMMA): Sql {
    const built = new Builder('');
    parts.forEach((part, i) => {
      if (i > 0) built.embed(separator);
      built.embed(part);
    });
    return built.done();
  },

  /** Nothing: an optional clause that is absent. */
  empty: undefined as unknown as Sql,
});

const EMPTY = sql``;
const COMMA = sql`, `;
sql.empty = EMPTY;

/**
 * Refuses a template whose own text could let a value escape its place, whichever way the statement is sent: a value
 * inside quotes (it would be text, or worse when written as a literal), a template that ends inside quotes, and,
 * outside quotes, `;` (stacked statements), comments, `$` (dollar quotes and positional parameters), E-strings and
 * Unicode-escaped strings; and backslashes anywhere (so that no prefix, even one met when statements are embedded in
 * one another, can turn a backslash into an escape that moves the end of a string).
 */
function checkTemplate(strings: TemplateStringsArray): void {
  if (checked.has(strings)) return;
  let quote: string | null = null;
  strings.forEach((text, index) => {
    if (index > 0 && quote) throw new SqlTemplateError('a value is written inside quotes');
    for (let i = 0; i < text.length; i++) {
      const char = text[i] as string;
      if (char === '\\') throw new SqlTemplateError('backslashes are not accepted');
      if (quote) {
        if (char === quote) quote = null; // a doubled quote closes and reopens: the parity is what counts
        continue;
      }
      if (char === "'" || char === '"') {
        if (escapedStringPrefix(text, i))
          throw new SqlTemplateError('E-strings and Unicode-escaped strings are not accepted');
        quote = char;
      } else if (char === ';' || char === '$') {
        throw new SqlTemplateError(`"${char}" is not accepted outside quotes`);
      } else if ((char === '-' && text[i + 1] === '-') || (char === '/' && text[i + 1] === '*')) {
        throw new SqlTemplateError('comments are not accepted in statements');
      }
    }
  });
  if (quote) throw new SqlTemplateError('the statement ends inside quotes');
  checked.add(strings);
}

/** `E'…'` or `U&'…'` starting at the quote `i` (the letter must begin a word: `WHERE'` is no prefix). */
function escapedStringPrefix(text: string, i: number): boolean {
  const before = (k: number) => text[i - k] ?? ' ';
  const wordStart = (k: number) => !/[\w$]/.test(before(k));
  return (/[eE]/.test(before(1)) && wordStart(2)) || (before(1) === '&' && /[uU]/.test(before(2)) && wordStart(3));
}

export class SqlTemplateError extends Error {
  constructor(reason: string) {
    super(`Unsafe SQL template: ${reason}`);
    this.name = 'SqlTemplateError';
  }
}
