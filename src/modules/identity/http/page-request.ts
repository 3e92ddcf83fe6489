import type { PageRequest, SortOrder } from '../../../shared/domain/pagination';
import type { PageQuery } from '../../../shared/http/page.query';

export function pageRequest<S extends string>(query: PageQuery & { sort?: S }, sort: S, order: SortOrder = 'asc'): PageRequest<S> {
  return { page: query.page, perPage: query.perPage, sort: query.sort ?? sort, order: query.order ?? order };
}
