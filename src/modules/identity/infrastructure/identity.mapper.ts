import type { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import type { Role } from '../../../shared/domain/tenant';
import { column, table } from '../../../shared/persistence/table';
import { Organization, OrganizationSnapshot } from '../domain/organization';
import { User, UserSnapshot } from '../domain/user';

export const organizations = table<OrganizationSnapshot>('organizations', 'o', {
  id: column('id'),
  name: column('name'),
  slug: column('slug'),
  contactEmail: column('contact_email'),
  address: column('address'),
  bceNumber: column('bce_number'),
  ipiNumber: column('ipi_number'),
  phone: column('phone'),
  email: column('letter_email'),
  feesIban: column('fees_iban'),
  active: column('active'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});

export const organizationFromRow = (row: Record<string, unknown>): Organization =>
  Organization.restore(organizations.fromRow(row));

/** A user as stored: the email only as ciphertext, with its keyed hash for exact look-ups. */
export interface StoredUser extends Omit<UserSnapshot, 'email'> {
  emailHash: string;
  emailCipher: string;
}

export const users = table<StoredUser>('users', 'u', {
  id: column('id'),
  organizationId: column('organization_id'),
  emailHash: column('email_hash'),
  emailCipher: column('email_cipher'),
  passwordHash: column('password_hash'),
  firstName: column('first_name'),
  lastName: column('last_name'),
  role: column<Role>('role'),
  active: column('active'),
  anonymizedAt: column('anonymized_at'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});

export function userFromRow(row: Record<string, unknown>, cipher: PersonalDataCipher): UserSnapshot {
  const { emailHash: _hash, emailCipher, ...stored } = users.fromRow(row);
  return { ...stored, email: cipher.decrypt(emailCipher) };
}

export function storedUser(user: User, cipher: PersonalDataCipher): StoredUser {
  const { email, ...rest } = user.toSnapshot();
  return { ...rest, emailHash: cipher.emailIndex(email), emailCipher: cipher.encrypt(email) };
}
