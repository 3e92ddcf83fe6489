import type { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { searchKey } from '../../../shared/domain';
import type { Owner, OwnerSnapshot } from '../domain/owner';

/** A row of `owners`: personal data only as ciphertext. */
export interface OwnerRow {
  id: string;
  organization_id: string;
  user_id: string | null;
  first_name: string;
  last_name: string;
  email_cipher: string;
  phone_cipher: string | null;
  address_street: string | null;
  address_postal_code: string | null;
  address_city: string | null;
  address_country: string | null;
  created_at: Date;
  updated_at: Date;
}

export const OWNER_COLUMNS =
  'id, organization_id, user_id, first_name, last_name, email_cipher, phone_cipher, address_street, ' +
  'address_postal_code, address_city, address_country, created_at, updated_at';

export function toSnapshot(row: OwnerRow, cipher: PersonalDataCipher): OwnerSnapshot {
  const hasAddress = row.address_street !== null;
  return {
    id: row.id,
    organizationId: row.organization_id,
    userId: row.user_id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: cipher.decrypt(row.email_cipher),
    phone: cipher.decryptOptional(row.phone_cipher),
    address: hasAddress
      ? {
          street: row.address_street as string,
          postalCode: row.address_postal_code as string,
          city: row.address_city as string,
          country: row.address_country as string,
        }
      : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Columns written on insert and update, with their values (email and phone encrypted here, never stored in clear). */
export function toWrite(owner: Owner, cipher: PersonalDataCipher): Record<string, unknown> {
  const s = owner.toSnapshot();
  return {
    user_id: s.userId,
    first_name: s.firstName,
    last_name: s.lastName,
    first_name_key: searchKey(s.firstName),
    last_name_key: searchKey(s.lastName),
    email_hash: cipher.emailIndex(s.email),
    email_cipher: cipher.encrypt(s.email),
    phone_cipher: cipher.encryptOptional(s.phone),
    address_street: s.address?.street ?? null,
    address_postal_code: s.address?.postalCode ?? null,
    address_city: s.address?.city ?? null,
    address_country: s.address?.country ?? null,
    updated_at: s.updatedAt,
  };
}
