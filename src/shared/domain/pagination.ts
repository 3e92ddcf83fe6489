export type SortOrder = 'asc' | 'desc';

export interface PageRequest<TSort extends string = string> {
  readonly page: number;
  readonly perPage: number;
  readonly sort: TSort;
  readonly order: SortOrder;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly totalItems: number;
  readonly page: number;
  readonly perPage: number;
}

export const offsetOf = (request: PageRequest): number => (request.page - 1) * request.perPage;
