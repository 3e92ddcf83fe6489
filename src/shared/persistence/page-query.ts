import { offsetOf, Page, PageRequest } from '../domain';
import { sql, Sql } from './sql';
import type { SqlReader } from './sql-transaction';

/**
 * One page of a list and its total from one statement. `select` is the list's SELECT with `count(*) OVER () AS total`
 * among its columns and its ORDER BY, without LIMIT; the page's LIMIT and OFFSET are added here. Only a page past
 * the end, which has no row to carry the count, costs a second statement.
 */
export async function readPage<Row, T>(
  reader: SqlReader,
  select: Sql,
  page: PageRequest<string>,
  map: (row: Row) => T,
): Promise<Page<T>> {
  const rows = await reader.rows<Row & { total: string }>(
    sql`${select} LIMIT ${page.perPage} OFFSET ${offsetOf(page)}`,
  );
  let totalItems = Number(rows[0]?.total ?? 0);
  if (!rows.length && page.page > 1) {
    const [count] = await reader.rows<{ n: string }>(sql`SELECT count(*) AS n FROM (${select}) counted`);
    totalItems = Number(count?.n ?? 0);
  }
  return { items: rows.map(map), totalItems, page: page.page, perPage: page.perPage };
}
