import { offsetOf, Page, PageRequest } from '../../src/shared/domain';

/** Sorts the rows on `key` (then id) in the requested order and cuts the requested page, like the adapters' SQL. */
export function pageOf<T extends { id: string }>(
  rows: readonly T[],
  key: (row: T) => string | number,
  page: PageRequest,
): Page<T> {
  const direction = page.order === 'desc' ? -1 : 1;
  const compare = (a: T, b: T): number =>
    key(a) < key(b) ? -direction : key(a) > key(b) ? direction : direction * a.id.localeCompare(b.id);
  const items = [...rows].sort(compare);
  return {
    items: items.slice(offsetOf(page), offsetOf(page) + page.perPage),
    totalItems: items.length,
    page: page.page,
    perPage: page.perPage,
  };
}
