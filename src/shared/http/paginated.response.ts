import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '../domain/pagination';

export class PaginationMeta {
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 20 }) perPage!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 42 }) totalItems!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 3 }) totalPages!: number;
  @ApiProperty({ example: true }) hasNext!: boolean;
  @ApiProperty({ example: false }) hasPrevious!: boolean;
}

export interface Paginated<T> {
  data: T[];
  pagination: PaginationMeta;
}

/** The list envelope of every paginated route. */
export function paginated<S, R>(page: Page<S>, toResponse: (item: S) => R): Paginated<R> {
  const totalPages = Math.ceil(page.totalItems / page.perPage);
  return {
    data: page.items.map(toResponse),
    pagination: {
      page: page.page,
      perPage: page.perPage,
      totalItems: page.totalItems,
      totalPages,
      hasNext: page.page < totalPages,
      hasPrevious: page.page > 1 && totalPages > 0,
    },
  };
}

const pages = new Map<Type<unknown>, Type<unknown>>();

/**
 * The named schema of one page of a list, `{data: Model[], pagination}`: `BuildingResponse` gives `BuildingPage`.
 * Use it as the `success` of `@ApiOperationDoc` on every paginated route.
 */
export function pageOf<M extends Type<unknown>>(model: M): Type<Paginated<InstanceType<M>>> {
  const known = pages.get(model);
  if (known) return known as Type<Paginated<InstanceType<M>>>;
  class Page {
    @ApiProperty({ type: () => [model], description: 'The items of this page.' }) data!: unknown[];
    @ApiProperty({ type: () => PaginationMeta }) pagination!: PaginationMeta;
  }
  Object.defineProperty(Page, 'name', { value: `${model.name.replace(/Response$/, '')}Page` });
  pages.set(model, Page);
  return Page as Type<Paginated<InstanceType<M>>>;
}
