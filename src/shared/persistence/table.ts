import { identifier, sql, Sql, SqlValue } from './sql';

/**
 * A table described once: its name, the alias its statements use, and for each field of the record it stores, the
 * column and how a value travels each way. Reads (`columns`, `fromRow`), inserts (`insert`) and updates (`set`) all
 * derive from it, so a column is named in one place.
 *
 * const expenses = table('expenses', 'e', {
 *   id: column('id'),
 *   amountCents: column('amount_cents', { read: Number }),   // bigint arrives as a string
 *   expenseDate: column('expense_date', { date: true }),      // a calendar date, read as 'YYYY-MM-DD'
 * });
 * sql`SELECT ${expenses.columns} FROM ${expenses.from} WHERE e.id = ${id}`
 */
export interface ColumnSpec<V> {
  readonly name: string;
  /** A `date` column, selected as text so that it reads back as the calendar date it is (no time zone). */
  readonly date?: boolean;
  /** From the driver's value to the record's (default: as is). */
  readonly read?: (raw: never) => V;
  /** From the record's value to a parameter (default: as is). */
  readonly write?: (value: V) => SqlValue;
}

export function column<V = never>(name: string, options: Omit<ColumnSpec<V>, 'name'> = {}): ColumnSpec<V> {
  return { name, ...options };
}

type Columns<T> = { readonly [K in keyof T]-?: ColumnSpec<T[K]> };

export interface Table<T> {
  /** `expenses e`, for FROM and JOIN. */
  readonly from: Sql;
  /** The select list, each column under its own name: `e.id, e.expense_date::text AS expense_date, …`. */
  readonly columns: Sql;
  /** The record of a row selected with `columns`. */
  fromRow(row: Record<string, unknown>): T;
  /** `INSERT INTO expenses (id, …) VALUES (…)` for one or more records. */
  insert(records: readonly T[]): Sql;
  /** `col = value, …` for the given fields, for UPDATE … SET. */
  set(changes: Partial<T>): Sql;
}

const NAME = /^[a-z_][a-z0-9_]*$/;

export function table<T>(name: string, alias: string, columns: Columns<T>): Table<T> {
  const fields = Object.keys(columns) as Array<keyof T & string>;
  for (const text of [name, alias, ...fields.map((f) => columns[f].name)]) {
    if (!NAME.test(text)) throw new TypeError(`not a table or column name: ${text}`);
  }
  // Names come from this constant description, checked above: the only place they are written into statements.
  const spec = (f: keyof T & string) => columns[f] as ColumnSpec<unknown>;
  const quoted = (text: string) => identifier(text);
  const write = (f: keyof T & string, value: unknown): SqlValue => {
    const { write: convert } = spec(f);
    return (convert ? convert(value) : value) as SqlValue;
  };
  const selected = fields.map((f) => {
    const { name: col, date } = spec(f);
    return date ? sql`${quoted(alias)}.${quoted(col)}::text AS ${quoted(col)}` : sql`${quoted(alias)}.${quoted(col)}`;
  });
  const columnList = sql.join(fields.map((f) => sql`${quoted(spec(f).name)}`));
  return {
    from: sql`${quoted(name)} ${quoted(alias)}`,
    columns: sql.join(selected),
    fromRow(row) {
      const record: Record<string, unknown> = {};
      for (const f of fields) {
        const { name: col, read } = spec(f);
        const raw = row[col];
        record[f] = read && raw !== null && raw !== undefined ? (read as (v: unknown) => unknown)(raw) : raw;
      }
      return record as T;
    },
    insert(records) {
      const rows = records.map((r) => sql`(${sql.join(fields.map((f) => sql`${write(f, r[f])}`))})`);
      return sql`INSERT INTO ${quoted(name)} (${columnList}) VALUES ${sql.join(rows)}`;
    },
    set(changes) {
      const assigned = fields.filter((f) => f in changes);
      if (assigned.length === 0) throw new TypeError('an update needs at least one field');
      return sql.join(assigned.map((f) => sql`${quoted(spec(f).name)} = ${write(f, changes[f])}`));
    },
  };
}
