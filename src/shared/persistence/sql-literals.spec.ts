import { inlineParameters, sqlLiteral } from './sql-literals';

describe('inlineParameters', () => {
  it('writes each $n as a quoted literal of its value', () => {
    expect(inlineParameters('SELECT * FROM t WHERE a = $1 AND b = $2 LIMIT $3', ['x', 7, 20])).toBe(
      `SELECT * FROM t WHERE a = 'x' AND b = '7' LIMIT '20'`,
    );
  });

  it('reads parameters past $9 and reuses a parameter written twice', () => {
    const params = Array.from({ length: 11 }, (_, i) => `v${i + 1}`);
    expect(inlineParameters('$11, $1, $1', params)).toBe(`'v11', 'v1', 'v1'`);
  });

  it('escapes quotes and backslashes so that a value cannot end its literal', () => {
    const hostile = `'); DROP TABLE buildings; --\\`;
    const sql = inlineParameters('SELECT $1', [hostile]);
    expect(sql).toBe(`SELECT  E'''); DROP TABLE buildings; --\\\\'`);
  });

  it('writes null and undefined as NULL, booleans and dates as pg sends them', () => {
    expect(inlineParameters('$1 $2 $3', [null, undefined, true])).toBe(`NULL NULL 'true'`);
    expect(inlineParameters('$1', [new Date('2026-01-02T03:04:05.006Z')])).toMatch(/^'2026-01-0\d.*'$/);
  });

  it('writes arrays as PostgreSQL array literals, for ANY($n::uuid[])', () => {
    expect(inlineParameters('id = ANY($1::uuid[])', [['a', 'b']])).toBe(`id = ANY('{"a","b"}'::uuid[])`);
  });

  it('leaves $n alone inside quoted strings, quoted identifiers and comments', () => {
    const sql = `SELECT '$1 it''s', "col$1", $1 -- $1\n/* $1 */ , $$`;
    expect(inlineParameters(sql, ['v'])).toBe(`SELECT '$1 it''s', "col$1", 'v' -- $1\n/* $1 */ , $$`);
  });

  it('refuses a reference to a missing parameter', () => {
    expect(() => inlineParameters('SELECT $2', ['only one'])).toThrow('no value for parameter $2');
    expect(() => inlineParameters('SELECT $0', [])).toThrow(RangeError);
  });

  it('refuses binary values, which belong in bound parameters', () => {
    expect(() => sqlLiteral(Buffer.from('x'))).toThrow(TypeError);
  });
});
