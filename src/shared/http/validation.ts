import { ParseUUIDPipe } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { registerDecorator, ValidationArguments } from 'class-validator';
import { DEFAULT_COUNTRY, isPostalCodeOf } from '../domain/postal-address';
import { collapseSpaces } from '../domain/text';
import { validationFailed } from './api-exception';

/** Trims and collapses whitespace before validation, so "   " fails @IsNotEmpty. */
export const Collapse = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? collapseSpaces(value) : value));

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
