import { ParseUUIDPipe } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { registerDecorator, ValidationArguments } from 'class-validator';
import { validationFailed } from '../../../shared/http/api-exception';
import { isCalendarDate } from '../domain/calendar-date';

/** Trims and collapses whitespace before validation, so "   " fails @IsNotEmpty. */
export const Collapse = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value));

/** Upper-cases a country code before validation. */
export const UpperCase = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

/** A postal code valid for the sibling `country` field (BE when absent): Belgian codes are 4 digits 1000-9999. */
export function IsPostalCodeOf(countryField: string) {
  return (target: object, property: string) =>
    registerDecorator({
      name: 'isPostalCodeOf',
      target: target.constructor,
      propertyName: property,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const country = (args.object as Record<string, unknown>)[countryField] ?? 'BE';
          if (typeof value !== 'string') return false;
          return country === 'BE' ? /^[1-9]\d{3}$/.test(value) : /^[A-Za-z0-9][A-Za-z0-9 -]{0,15}$/.test(value);
        },
        defaultMessage: (args?: ValidationArguments) =>
          ((args?.object as Record<string, unknown>)?.[countryField] ?? 'BE') === 'BE'
            ? `${property} must be a Belgian postal code (4 digits, 1000-9999)`
            : `${property} must be a postal code`,
      },
    });
}

/** `:id` path parameters: a bad UUID is a 400 validation problem naming the parameter. */
export const uuidParam = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => validationFailed([{ field: name, message: `${name} must be a UUID` }]) });

const SHARE = /^\d{1,3}(\.\d{1,4})?$/;

/** An ownership share: a number or a decimal string, above 0 and at most 100, with up to 4 decimals. */
export function IsShare() {
  return (target: object, property: string) =>
    registerDecorator({
      name: 'isShare',
      target: target.constructor,
      propertyName: property,
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'number' && typeof value !== 'string') return false;
          const text = String(value).trim();
          if (!SHARE.test(text)) return false;
          const [units = '0', decimals = ''] = text.split('.');
          const tenThousandths = Number(units) * 10_000 + Number(decimals.padEnd(4, '0'));
          return tenThousandths > 0 && tenThousandths <= 1_000_000;
        },
        defaultMessage: () => `${property} must be a percentage above 0 and at most 100 with up to 4 decimals`,
      },
    });
}

/** A calendar date "YYYY-MM-DD" that exists. */
export function IsCalendarDate() {
  return (target: object, property: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: property,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: () => `${property} must be a date YYYY-MM-DD`,
      },
    });
}
