import { getMetadataStorage, ValidationError } from 'class-validator';
import type { FieldError } from './api-exception';

/**
 * class-validator's refusals as field errors: the English message, and the constraint with its arguments (read
 * from the decorator's metadata on the validated object) so the message can be said in French and Dutch.
 */
export function fieldErrorsOf(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message,
      constraint,
      args: argsOf(error.target, error.property, constraint),
    }));
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

function argsOf(target: object | undefined, property: string, constraint: string): readonly unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name ?? m.type) === constraint);
  return metadata?.constraints ?? [];
}
