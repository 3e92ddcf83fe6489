import { collapseSpaces } from './text';

export const DEFAULT_COUNTRY = 'BE';
const COUNTRY = /^[A-Z]{2}$/;
const BELGIAN_POSTAL_CODE = /^[1-9]\d{3}$/;
const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{0,15}$/;

export type PostalAddressField = 'street' | 'postalCode' | 'city' | 'country';

export interface PostalAddressSnapshot {
  /** Street and number. */
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

/** As typed: the country defaults to BE. */
export type PostalAddressInput = Omit<PostalAddressSnapshot, 'country'> & { readonly country?: string | null };

/** Builds the error the calling aggregate answers for a refused field (each context keeps its own error codes). */
export type PostalAddressRefusal = (field: PostalAddressField, value: string) => Error;

/** Belgian postal codes are 4 digits from 1000 to 9999; elsewhere letters, digits, spaces and dashes. */
export function isPostalCodeOf(country: string, postalCode: string): boolean {
  return country === DEFAULT_COUNTRY ? BELGIAN_POSTAL_CODE.test(postalCode) : POSTAL_CODE.test(postalCode);
}

/** A postal address of a building or a person: collapsed spaces, upper-case country and postal code. */
export class PostalAddress {
  private constructor(private readonly state: PostalAddressSnapshot) {}

  /** Normalises and checks the fields in order country, postal code, street, city; `refuse` names the first bad one. */
  static of(input: PostalAddressInput, refuse: PostalAddressRefusal): PostalAddress {
    const country = (input.country ?? DEFAULT_COUNTRY).trim().toUpperCase();
    const postalCode = collapseSpaces(input.postalCode).toUpperCase();
    const street = collapseSpaces(input.street);
    const city = collapseSpaces(input.city);
    if (!COUNTRY.test(country)) throw refuse('country', country);
    if (!isPostalCodeOf(country, postalCode)) throw refuse('postalCode', postalCode);
    if (!street) throw refuse('street', street);
    if (!city) throw refuse('city', city);
    return new PostalAddress({ street, postalCode, city, country });
  }

  toSnapshot(): PostalAddressSnapshot {
    return { ...this.state };
  }
}
