import type { OwnerSnapshot } from '../../domain/owner';

export class OwnerAddressResponse {
  street!: string;
  postalCode!: string;
  city!: string;
  /** ISO 3166-1 alpha-2. */
  country!: string;
}

export class EmailConsentResponse {
  /** The day the owner agreed in writing, YYYY-MM-DD. */
  givenOn!: string;
  /** The signed consent among the organization's documents, if scanned. */
  documentId!: string | null;
}

export class OwnerResponse {
  id!: string;
  firstName!: string;
  lastName!: string;
  email!: string;
  phone!: string | null;
  address!: OwnerAddressResponse | null;
  /** The linked owner-portal account, if any. */
  userId!: string | null;
  /** How convocations and letters reach the owner today: `email` only with a written consent in force. */
  convocationChannel!: 'email' | 'registered_mail';
  /** The written consent to e-mail in force, or null. */
  emailConsent!: EmailConsentResponse | null;
  createdAt!: string;
  updatedAt!: string;

  static from(s: OwnerSnapshot): OwnerResponse {
    return {
      id: s.id,
      firstName: s.firstName,
      lastName: s.lastName,
      email: s.email,
      phone: s.phone,
      address: s.address
        ? {
            street: s.address.street,
            postalCode: s.address.postalCode,
            city: s.address.city,
            country: s.address.country,
          }
        : null,
      userId: s.userId,
      convocationChannel: s.emailConsent ? 'email' : 'registered_mail',
      emailConsent: s.emailConsent ? { givenOn: s.emailConsent.givenOn, documentId: s.emailConsent.documentId } : null,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}
