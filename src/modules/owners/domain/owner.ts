import { InvalidOwner } from './owner.errors';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()./-]{4,28}$/;
const COUNTRY = /^[A-Z]{2}$/;

const collapse = (text: string): string => text.trim().replace(/\s+/g, ' ');

export interface OwnerAddress {
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

export interface OwnerDetailsInput {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phone?: string | null;
  readonly address?: (Omit<OwnerAddress, 'country'> & { country?: string | null }) | null;
  /** The owner-portal account: a user of the organization with role owner. */
  readonly userId?: string | null;
}

export interface OwnerSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly userId: string | null;
  readonly firstName: string;
  readonly lastName: string;
  /** Trimmed; compared lowercased. Stored encrypted. */
  readonly email: string;
  /** Stored encrypted. */
  readonly phone: string | null;
  readonly address: OwnerAddress | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

type Details = Pick<OwnerSnapshot, 'firstName' | 'lastName' | 'email' | 'phone' | 'address' | 'userId'>;

/** A co-owner (copropriétaire / mede-eigenaar): a person record, possibly linked to a portal account. */
export class Owner {
  private constructor(private state: OwnerSnapshot) {}

  static create(input: OwnerDetailsInput & { id: string; organizationId: string }, now: Date): Owner {
    return new Owner({
      id: input.id,
      organizationId: input.organizationId,
      ...checked(input),
      createdAt: now,
      updatedAt: now,
    });
  }

  static restore(snapshot: OwnerSnapshot): Owner {
    return new Owner({ ...snapshot });
  }

  /** Replaces the editable fields. */
  revise(input: OwnerDetailsInput, now: Date): void {
    this.state = { ...this.state, ...checked(input), updatedAt: now };
  }

  toSnapshot(): Readonly<OwnerSnapshot> {
    return { ...this.state };
  }
}

function checked(input: OwnerDetailsInput): Details {
  const firstName = collapse(input.firstName);
  const lastName = collapse(input.lastName);
  if (!firstName || firstName.length > 100) throw new InvalidOwner('firstName', 'must have 1 to 100 characters');
  if (!lastName || lastName.length > 100) throw new InvalidOwner('lastName', 'must have 1 to 100 characters');
  const email = input.email.trim();
  if (!EMAIL.test(email) || email.length > 320) throw new InvalidOwner('email', 'must be an email address');
  const phone = input.phone ? collapse(input.phone) : null;
  if (phone !== null && !PHONE.test(phone)) throw new InvalidOwner('phone', 'must be a phone number');
  return { firstName, lastName, email, phone, address: address(input.address ?? null), userId: input.userId ?? null };
}

function address(input: OwnerDetailsInput['address']): OwnerAddress | null {
  if (!input) return null;
  const country = (input.country ?? 'BE').trim().toUpperCase();
  const postalCode = collapse(input.postalCode).toUpperCase();
  const street = collapse(input.street);
  const city = collapse(input.city);
  if (!COUNTRY.test(country)) throw new InvalidOwner('address.country', 'must be an ISO 3166-1 alpha-2 code');
  if (country === 'BE' ? !/^[1-9]\d{3}$/.test(postalCode) : !/^[A-Z0-9][A-Z0-9 -]{0,15}$/.test(postalCode)) {
    throw new InvalidOwner('address.postalCode', 'must be a postal code of the country');
  }
  if (!street || !city) throw new InvalidOwner('address', 'needs a street and a city');
  return { street, postalCode, city, country };
}
