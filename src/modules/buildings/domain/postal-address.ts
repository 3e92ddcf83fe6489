import { InvalidPostalAddress } from './building.errors';

/** Trims and collapses inner whitespace: "  Rue   Haute " → "Rue Haute". */
export const collapseSpaces = (text: string): string => text.trim().replace(/\s+/g, ' ');

export const DEFAULT_COUNTRY = 'BE';
const COUNTRY = /^[A-Z]{2}$/;
const BELGIAN_POSTAL_CODE = /^[1-9]\d{3}$/;
const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{0,15}$/;

export interface PostalAddress {
  readonly address: string;
  readonly city: string;
  readonly postalCode: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

/** Normalises an address: collapsed spaces, upper-case country (BE by default), Belgian postal codes 1000-9999. */
export function postalAddress(input: {
  address: string;
  city: string;
  postalCode: string;
  country?: string | null;
}): PostalAddress {
  const country = (input.country ?? DEFAULT_COUNTRY).trim().toUpperCase();
  const postalCode = collapseSpaces(input.postalCode).toUpperCase();
  const address = collapseSpaces(input.address);
  const city = collapseSpaces(input.city);
  if (!COUNTRY.test(country)) throw new InvalidPostalAddress('country', country);
  const postalOk = country === 'BE' ? BELGIAN_POSTAL_CODE.test(postalCode) : POSTAL_CODE.test(postalCode);
  if (!postalOk) throw new InvalidPostalAddress('postalCode', postalCode);
  if (!address) throw new InvalidPostalAddress('address', address);
  if (!city) throw new InvalidPostalAddress('city', city);
  return { address, city, postalCode, country };
}
