import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { FieldError, validationFailed } from './api-exception';

const CHECKED = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);
const MAX_DEPTH = 32;
/** In a `u` regular expression a surrogate pair reads as one code point: only a lone surrogate is of category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Refuses (400 VALIDATION_FAILED) any text of a request body, query or path that cannot be stored as it was sent: a
 * NUL character (PostgreSQL keeps none in text) or a lone UTF-16 surrogate (not Unicode: it would be saved as U+FFFD,
 * and it makes some validators throw). Runs before the validation pipe, on every route.
 */
export class RejectUnstorableText implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!CHECKED.has(metadata.type)) return value;
    const errors: FieldError[] = [];
    collect(value, metadata.type === 'param' ? (metadata.data ?? '') : '', errors, 0);
    if (errors.length) throw validationFailed(errors);
    return value;
  }
}

function collect(value: unknown, field: string, errors: FieldError[], depth: number): void {
  if (typeof value === 'string') {
    const name = field || 'value';
    if (value.includes('\u0000')) errors.push({ field, message: `${name} must not contain NUL characters` });
    else if (LONE_SURROGATE.test(value)) errors.push({ field, message: `${name} must be valid Unicode text` });
    return;
  }
  if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) return;
  for (const [key, child] of Object.entries(value)) {
    collect(child, field ? `${field}.${key}` : key, errors, depth + 1);
  }
}
