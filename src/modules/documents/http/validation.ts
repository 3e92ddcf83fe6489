import { ParseUUIDPipe } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { validationFailed } from '@shared/http/api-exception';

/** Trims and collapses whitespace before validation, so "   " fails @IsNotEmpty. */
export const Collapse = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value));

/** An empty form field is an absent one: browsers send "" for optional inputs left blank. */
export const EmptyAsAbsent = () => Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

/** `:id` path parameters: a bad UUID is a 400 validation problem naming the parameter. */
export const uuidParam = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => validationFailed([{ field: name, message: `${name} must be a UUID` }]) });
