import { Transform } from 'class-transformer';

/** Trims and collapses whitespace before validation, so "   " fails @IsNotEmpty. */
export const Collapse = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value));

/** An empty form field is an absent one: browsers send "" for optional inputs left blank. */
export const EmptyAsAbsent = () => Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

export { uuidParam } from '@shared/http/validation';
