import { ParseUUIDPipe } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { registerDecorator, ValidationArguments } from 'class-validator';
import { isCalendarDate } from '../domain/calendar-date';
import { DEFAULT_COUNTRY, isPostalCodeOf } from '../domain/postal-address';
import { collapseSpaces } from '../domain/text';
import { validationFailed } from './api-exception';

/** Trims and collapses whitespace before validation, so "   " fails @IsNotEmpty. */
export const Collapse = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? collapseSpaces(value) : value));

/** Trims text before validation, so "   " fails @IsNotEmpty. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

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
          const country = (args.object as Record<string, unknown>)[countryField] ?? DEFAULT_COUNTRY;
          return typeof value === 'string' && isPostalCodeOf(String(country), value);
        },
        defaultMessage: (args?: ValidationArguments) =>
          ((args?.object as Record<string, unknown>)?.[countryField] ?? DEFAULT_COUNTRY) === DEFAULT_COUNTRY
            ? `${property} must be a Belgian postal code (4 digits, 1000-9999)`
            : `${property} must be a postal code`,
      },
    });
}

/** `:id` path parameters: a bad UUID is a 400 validation problem naming the parameter. */
export const uuidParam = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => validationFailed([{ field: name, message: `${name} must be a UUID` }]) });

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
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

/** A year at most `years` after the current one, the bound read at each request so it moves on at New Year. */
export function IsYearAtMostAhead(years: number) {
  return (target: object, property: string) =>
    registerDecorator({
      name: 'isYearAtMostAhead',
      target: target.constructor,
      propertyName: property,
      validator: {
        validate: (value: unknown) => typeof value !== 'number' || value <= new Date().getUTCFullYear() + years,
        defaultMessage: () => `${property} must not be more than ${years} years from now`,
      },
    });
}

/**
 * A finite number with at most `places` decimals, whatever way it is written: class-validator's own decimal check
 * reads the text after a dot and fails (500) on exponent forms such as 1e-300, which also round to zero when stored.
 */
export function HasAtMostDecimals(places: number) {
  return (target: object, property: string) =>
    registerDecorator({
      name: 'hasAtMostDecimals',
      target: target.constructor,
      propertyName: property,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
        defaultMessage: () => `${property} must be a number with at most ${places} decimals`,
      },
    });
}

/**
 * Text that one of the identifier rules of `belgian-identifiers` accepts (null passes: the field is cleared); the
 * message says what was expected, so a syndic who mistyped a check digit sees which number is wrong.
 */
export function IsAcceptedBy(normalize: (value: string) => string | null, expected: string) {
  return (target: object, property: string) =>
    registerDecorator({
      name: 'isAcceptedBy',
      target: target.constructor,
      propertyName: property,
      validator: {
        validate: (value: unknown) => value === null || (typeof value === 'string' && normalize(value) !== null),
        defaultMessage: () => `${property} must be ${expected}`,
      },
    });
}
