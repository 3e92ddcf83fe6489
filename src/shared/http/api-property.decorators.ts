import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';

/**
 * Typed fields of request and response DTOs, so the document says exactly what the API sends and accepts: uuids,
 * calendar days, instants, integers, cents and emails, each with an example. The Swagger plugin still reads the
 * JSDoc above the field (its description) and `?` / `| null` (required, nullable); pass `nullable: true` for
 * `| null` fields all the same, as the plugin's guess is dropped once a decorator names the type.
 */
type Options = Omit<ApiPropertyOptions, 'type' | 'format'> & { nullable?: boolean; required?: boolean };

/** A uuid, e.g. the id of a resource or the id of the one it belongs to. */
export const ApiId = (options: Options = {}) =>
  ApiProperty({ type: 'string', format: 'uuid', example: '0b6f3c1e-2d4a-4f8b-9c3e-5a7d1e2f3b4c', ...options });

/** A calendar day in Brussels, YYYY-MM-DD. */
export const ApiDay = (options: Options = {}) =>
  ApiProperty({ type: 'string', format: 'date', example: '2026-03-31', ...options });

/** An instant, ISO 8601 in UTC. */
export const ApiTimestamp = (options: Options = {}) =>
  ApiProperty({ type: 'string', format: 'date-time', example: '2026-03-31T08:30:00.000Z', ...options });

/** A whole number (counts, quotas, weights, positions, years). */
export const ApiInteger = (options: Options = {}) => ApiProperty({ type: 'integer', ...options });

/** Money: euro cents, an integer (12500 is €125.00). */
export const ApiCents = (options: Options = {}) => ApiProperty({ type: 'integer', example: 12500, ...options });

/** An email address. */
export const ApiEmail = (options: Options = {}) =>
  ApiProperty({ type: 'string', format: 'email', example: 'marie.dubois@example.be', ...options });
