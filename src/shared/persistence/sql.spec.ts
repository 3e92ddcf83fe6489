import { sql, SqlTemplateError } from './sql';
import { column, table } from './table';

describe('sql', () => {
  it('keeps values apart from the text, numbered in order', () => {
    const statement = sql`SELECT * FROM t WHERE a = ${'x'} AND b = ${7}`;
    expect(statement.text).toBe('SELECT * FROM t WHERE a = $1 AND b = $2');
    expect(statement.values).toEqual(['x', 7]);
  });

  it('embeds statements in one another and renumbers their values', () => {
    const filter = sql.join([sql`a = ${1}`, sql`b = ${2}`], sql` AND `);
    const statement = sql`SELECT * FROM t WHERE ${filter} LIMIT ${3}`;
    expect(statement.text).toBe('SELECT * FROM t WHERE a = $1 AND b = $2 LIMIT $3');
    expect(statement.values).toEqual([1, 2, 3]);
    expect(sql`SELECT 1 ${sql.empty}`.text).toBe('SELECT 1 ');
  });

  it('writes identifiers quoted, and only plain names', () => {
    const ORDER_BY = { date: 'e.expense_date', amount: 'e.amount_cents' } as const;
    expect(sql`ORDER BY ${sql.id(ORDER_BY.date)}`.text).toBe('ORDER BY "e"."expense_date"');
    expect(() => sql.id('e.x; DROP TABLE t' as 'e.x')).toThrow(TypeError);
    expect(() => sql.id('"x"' as 'x')).toThrow(TypeError);
  });

  it.each([
    ['a stacked statement', (v: string) => sql`SELECT ${v}; DELETE FROM t`],
    ['a line comment', (v: string) => sql`SELECT ${v} -- note`],
    ['a block comment', (v: string) => sql`SELECT /* x */ ${v}`],
    ['a dollar quote', (v: string) => sql`SELECT $$x$$, ${v}`],
    ['a positional parameter', (v: string) => sql`SELECT $1, ${v}`],
    ['an E-string', (v: string) => sql`SELECT E'it''s', ${v}`],
    ['a Unicode-escaped string', (v: string) => sql`SELECT U&'x', ${v}`],
    ['a value inside quotes', (v: string) => sql`SELECT 'it is ${v}'`],
    ['a value inside a quoted identifier', (v: string) => sql`SELECT "${v}"`],
    ['a backslash', (v: string) => sql`SELECT 'a\\b', ${v}`],
    ['an unclosed quote', (v: string) => sql`SELECT ${v}, 'x`],
  ])('refuses a template with %s', (_, write) => {
    expect(() => write('v')).toThrow(SqlTemplateError);
  });

  it('accepts quotes, casts and words ending in e before a string', () => {
    expect(() => sql`SELECT 'it''s' AS "e", ${1}::int, x LIKE 'a%' WHERE note = ${'y'} AND type='x'`).not.toThrow();
  });
});

describe('table', () => {
  interface Thing {
    id: string;
    amountCents: number;
    day: string;
  }
  const things = table<Thing>('things', 't', {
    id: column('id'),
    amountCents: column('amount_cents', { read: Number, write: String }),
    day: column('day', { date: true }),
  });

  it('derives the select list, the record of a row, inserts and updates from one description', () => {
    expect(sql`SELECT ${things.columns} FROM ${things.from}`.text).toBe(
      'SELECT "t"."id", "t"."amount_cents", "t"."day"::text AS "day" FROM "things" "t"',
    );
    expect(things.fromRow({ id: 'a', amount_cents: '12', day: '2026-01-02' })).toEqual({
      id: 'a',
      amountCents: 12,
      day: '2026-01-02',
    });
    const insert = things.insert([{ id: 'a', amountCents: 12, day: '2026-01-02' }]);
    expect(insert.text).toBe('INSERT INTO "things" ("id", "amount_cents", "day") VALUES ($1, $2, $3)');
    expect(insert.values).toEqual(['a', '12', '2026-01-02']);
    const update = things.set({ amountCents: 5 });
    expect([update.text, update.values]).toEqual(['"amount_cents" = $1', ['5']]);
  });
});
