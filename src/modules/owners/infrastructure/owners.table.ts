import { column, table } from '../../../shared/persistence/table';

/**
 * An owner as stored: email and phone only as ciphertext, with the email's blind index (uniqueness, exact search) and
 * its rank among the organization's emails (`email-rank.ts`); the name keys serve sorting and prefix search.
 */
export interface StoredOwner {
  readonly id: string;
  readonly organizationId: string;
  readonly userId: string | null;
  readonly firstName: string;
  readonly lastName: string;
  readonly firstNameKey: string;
  readonly lastNameKey: string;
  readonly emailHash: string;
  readonly emailCipher: string;
  readonly emailRank: number;
  readonly phoneCipher: string | null;
  readonly addressStreet: string | null;
  readonly addressPostalCode: string | null;
  readonly addressCity: string | null;
  readonly addressCountry: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export const owners = table<StoredOwner>('owners', 'o', {
  id: column('id'),
  organizationId: column('organization_id'),
  userId: column('user_id'),
  firstName: column('first_name'),
  lastName: column('last_name'),
  firstNameKey: column('first_name_key'),
  lastNameKey: column('last_name_key'),
  emailHash: column('email_hash'),
  emailCipher: column('email_cipher'),
  emailRank: column('email_rank', { read: Number }),
  phoneCipher: column('phone_cipher'),
  addressStreet: column('address_street'),
  addressPostalCode: column('address_postal_code'),
  addressCity: column('address_city'),
  addressCountry: column('address_country'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});
