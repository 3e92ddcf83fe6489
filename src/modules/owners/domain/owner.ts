import {
  collapseSpaces,
  PostalAddress,
  PostalAddressField,
  PostalAddressInput,
  PostalAddressSnapshot,
} from '../../../shared/domain';
import type { EmailConsent } from './email-consent';
import { InvalidOwner } from './owner.errors';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()./-]{4,28}$/;

export type OwnerAddress = PostalAddressSnapshot;

export interface OwnerDetailsInput {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phone?: string | null;
  readonly address?: PostalAddressInput | null;
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
  /** The written consent to e-mail in force, kept by the consent register (`OwnerConsents`), not by this record. */
  readonly emailConsent: EmailConsent | null;
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
      emailConsent: null,
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

  /**
   * GDPR erasure: names and contact details give way to placeholders (the email stays unique in the organization);
   * the id, the portal link and the ownership history stay, as the co-ownership's accounts require.
   */
  anonymize(now: Date): void {
    this.state = {
      ...this.state,
      firstName: 'Anonymised',
      lastName: 'Person',
      email: `erased-${this.state.id}@anonymized.invalid`,
      phone: null,
      address: null,
      updatedAt: now,
    };
  }

  toSnapshot(): Readonly<OwnerSnapshot> {
    return { ...this.state };
  }
}

function checked(input: OwnerDetailsInput): Details {
  const firstName = collapseSpaces(input.firstName);
  const lastName = collapseSpaces(input.lastName);
  if (!firstName || firstName.length > 100) throw new InvalidOwner('firstName', 'must have 1 to 100 characters');
  if (!lastName || lastName.length > 100) throw new InvalidOwner('lastName', 'must have 1 to 100 characters');
  const email = input.email.trim();
  if (!EMAIL.test(email) || email.length > 320) throw new InvalidOwner('email', 'must be an email address');
  const phone = input.phone ? collapseSpaces(input.phone) : null;
  if (phone !== null && !PHONE.test(phone)) throw new InvalidOwner('phone', 'must be a phone number');
  return { firstName, lastName, email, phone, address: address(input.address ?? null), userId: input.userId ?? null };
}

function address(input: OwnerDetailsInput['address']): OwnerAddress | null {
  return input ? PostalAddress.of(input, refusedAddress).toSnapshot() : null;
}

const refusedAddress = (field: PostalAddressField): InvalidOwner => {
  if (field === 'country') return new InvalidOwner('address.country', 'must be an ISO 3166-1 alpha-2 code');
  if (field === 'postalCode') return new InvalidOwner('address.postalCode', 'must be a postal code of the country');
  return new InvalidOwner('address', 'needs a street and a city');
};
