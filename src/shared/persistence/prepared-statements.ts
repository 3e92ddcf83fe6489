import { createHash } from 'node:crypto';
import * as pg from 'pg';
import type { Sql } from './sql';

/** Statements a connection keeps prepared; the others of that connection go inline. */
const MAX_PER_CONNECTION = 200;
/** A statement is prepared from its second use in this process: a shape met once (a bulk insert of n rows) is not. */
const USES_BEFORE_PREPARING = 2;
/** Statements with more values are bulk writes whose shape changes with their size: always inline. */
const MAX_VALUES = 100;
/** Statement shapes remembered (uses, names, those PostgreSQL cannot prepare); forgotten all at once beyond. */
const MAX_SHAPES = 5_000;
/** The statement is gone from the connection (26000), or its result columns changed since it was prepared (0A000). */
const STALE = new Set(['26000', '0A000']);
/** PREPARE refused: a value whose type only its literal decides (42P18, 42P08, 42804), or any other analysis error. */
const UNPREPARABLE = /^42/;

/**
 * One-round-trip statements planned once per connection. A tenant read travels as one simple-protocol query, the
 * tenant setting then the statement, so PostgreSQL would parse, rewrite (row-level security) and plan the statement
 * on every request: for a one-row read with a few sub-selects the planning costs as much as the execution. Instead,
 * from its second use in the process, a connection about to run a statement prepares it once (`PREPARE s_<hash> AS`
 * the text with `$1 … $n`, one round trip the first time only) and then receives `<prefix>; EXECUTE s_<hash>(<the
 * values as literals>)`: still one round trip, parsed and rewritten once, planned once PostgreSQL settles on a generic
 * plan (after five executions, when that plan costs no more).
 *
 * A statement PostgreSQL cannot prepare (a value whose type only its literal decides, such as `${x} IS NULL`) is sent
 * inline from then on, exactly as before. Prepared statements belong to their connection: they survive failed
 * statements and transactions (PREPARE is not transactional), and a closed connection takes them with it.
 */
export class PreparedStatements {
  private readonly byConnection = new WeakMap<pg.ClientBase, Set<string>>();
  private readonly shapes = new Map<string, Shape>();

  /** `prefix` (constant statements ending with `;`) and `statement` on `client`, in one round trip. */
  async run(client: pg.ClientBase, prefix: string, statement: Sql): Promise<pg.QueryResult[]> {
    const values = statement.values;
    const shape = values.length <= MAX_VALUES ? this.shapeOf(statement.text) : null;
    const name = shape ? await this.preparedName(client, shape, statement.text) : null;
    if (!name) return asResults(await client.query(`${prefix}\n${inline(statement)}`));
    const args = values.length ? `(${values.map(literal).join(', ')})` : '';
    try {
      return asResults(await client.query(`${prefix}\nEXECUTE ${name}${args}`));
    } catch (error) {
      if (!STALE.has(codeOf(error))) throw error;
      // Deallocated behind our back, or a column of its tables changed: prepared again, once.
      this.byConnection.get(client)?.delete(name);
      await client.query(`DEALLOCATE ${name}`).catch(() => undefined);
      return this.run(client, prefix, statement);
    }
  }

  /** The statement's name when `client` has it prepared or just prepared it; null to send it inline. */
  private async preparedName(client: pg.ClientBase, shape: Shape, text: string): Promise<string | null> {
    if (shape.inline || ++shape.uses < USES_BEFORE_PREPARING) return null;
    let prepared = this.byConnection.get(client);
    if (prepared?.has(shape.name)) return shape.name;
    if ((prepared?.size ?? 0) >= MAX_PER_CONNECTION) return null;
    try {
      await client.query(`PREPARE ${shape.name} AS ${text}`);
    } catch (error) {
      if (!UNPREPARABLE.test(codeOf(error))) throw error;
      shape.inline = true;
      return null;
    }
    if (!prepared) this.byConnection.set(client, (prepared = new Set()));
    prepared.add(shape.name);
    return shape.name;
  }

  private shapeOf(text: string): Shape {
    let shape = this.shapes.get(text);
    if (!shape) {
      if (this.shapes.size >= MAX_SHAPES) this.shapes.clear();
      const name = `s_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      this.shapes.set(text, (shape = { name, uses: 0, inline: false }));
    }
    return shape;
  }
}

interface Shape {
  readonly name: string;
  uses: number;
  /** PostgreSQL could not prepare it: sent inline from then on. */
  inline: boolean;
}

/** A multi-statement simple query answers one result per statement; a single one answers itself. */
const asResults = (result: pg.QueryResult | pg.QueryResult[]): pg.QueryResult[] =>
  Array.isArray(result) ? result : [result];

const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/** pg's own conversion of a parameter to its text form: exported at run time, missing from its type definitions. */
const { prepareValue } = (pg as unknown as { utils: { prepareValue(value: unknown): unknown } }).utils;

/**
 * The statement with its values written in as quoted literals, so that it can travel in one simple-protocol query
 * with the tenant setting. Safe by construction of `Sql`: its text is the code's own, checked to hold no separator,
 * comment, dollar quote, backslash or E-string, and every value stands outside quotes. Each value becomes a quoted
 * literal of unknown type (`'42'`, `'{a,b}'`, or NULL), which PostgreSQL resolves from its context exactly as it
 * resolves an untyped bound parameter; values are converted as pg converts parameters, then escaped by pg's own
 * `escapeLiteral`. Binary values are refused: they belong in bound parameters.
 */
function inline(statement: Sql): string {
  const { segments, values } = statement;
  let text = segments[0] as string;
  for (let i = 0; i < values.length; i++) text += literal(values[i]) + (segments[i + 1] as string);
  return text;
}

/** One value as a quoted literal (or NULL): the text of an inline statement, or an argument of EXECUTE. */
function literal(value: unknown): string {
  const prepared: unknown = prepareValue(value);
  if (prepared === null || prepared === undefined) return 'NULL';
  if (typeof prepared !== 'string') throw new TypeError('binary values cannot be written as SQL literals');
  return pg.escapeLiteral(prepared);
}
