import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { Page } from '../domain/pagination';

export class PaginationMeta {
  @ApiProperty() page!: number;
  @ApiProperty() perPage!: number;
  @ApiProperty() totalItems!: number;
  @ApiProperty() totalPages!: number;
  @ApiProperty() hasNext!: boolean;
  @ApiProperty() hasPrevious!: boolean;
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

/** OpenAPI: `{data: Model[], pagination}`. */
export const ApiPaginatedResponse = <M extends Type<unknown>>(model: M) =>
  applyDecorators(
    ApiExtraModels(PaginationMeta, model),
    ApiOkResponse({
      schema: {
        type: 'object',
        required: ['data', 'pagination'],
        properties: {
          data: { type: 'array', items: { $ref: getSchemaPath(model) } },
          pagination: { $ref: getSchemaPath(PaginationMeta) },
        },
      },
    }),
  );
