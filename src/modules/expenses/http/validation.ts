import { ParseUUIDPipe } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { registerDecorator, ValidationArguments } from 'class-validator';
import { validationFailed } from '@shared/http/api-exception';
import { isCalendarDate } from '../domain/calendar-date';

/** Trims strings before validation, so "   " fails @IsNotEmpty. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A real calendar date written YYYY-MM-DD. */
export function IsCalendarDate() {
  return (target: object, property: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: property,
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: () => `${property} must be a date YYYY-MM-DD`,
      },
    });
}

/** This date may not come before the sibling date `field` (when both are given). */
export function IsNotBefore(field: string) {
  return (target: object, property: string) =>
    registerDecorator({
      name: 'isNotBefore',
      target: target.constructor,
      propertyName: property,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[field];
          return typeof value !== 'string' || typeof other !== 'string' || other <= value;
        },
        defaultMessage: () => `${property} must not be before ${field}`,
      },
    });
}

/** `:id` path parameters: a bad UUID is a 400 validation problem naming the parameter. */
export const uuidParam = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => validationFailed([{ field: name, message: `${name} must be a UUID` }]) });
