import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { FieldError, validationFailed } from './api-exception';

const CHECKED = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);
const MAX_DEPTH = 32;

/**
 * Refuses (400 VALIDATION_FAILED) any text of a request body, query or path that holds a NUL character: PostgreSQL
 * stores no NUL in text, so such a value could never be saved or matched. Runs before the validation pipe, on every
 * route.
 */
export class RejectNulCharacters implements PipeTransform {
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
    if (value.includes('\u0000')) errors.push({ field, message: `${field || 'value'} must not contain NUL characters` });
    return;
  }
  if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) return;
  for (const [key, child] of Object.entries(value)) {
    collect(child, field ? `${field}.${key}` : key, errors, depth + 1);
  }
}
