import type { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import type { Role } from '../../../shared/domain/tenant';
import { Organization } from '../domain/organization';
import { User, UserSnapshot } from '../domain/user';
import { OrganizationOrmEntity, UserOrmEntity } from './identity.orm-entities';

/** An organization as the plain reads select it (`ORGANIZATION_COLUMNS`). */
export interface OrganizationRow {
  id: string;
  name: string;
  slug: string;
  contact_email: string;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export const ORGANIZATION_COLUMNS = 'id, name, slug, contact_email, active, created_at, updated_at';

export const organizationFromSqlRow = (row: OrganizationRow): Organization =>
  Organization.restore({
    id: row.id,
    name: row.name,
    slug: row.slug,
    contactEmail: row.contact_email,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

export const organizationToRow = (organization: Organization): OrganizationOrmEntity =>
  Object.assign(new OrganizationOrmEntity(), organization.toSnapshot());

/** A user as the plain reads select it (`USER_COLUMNS`): the email only as ciphertext, its keyed hash left out. */
export interface UserRow {
  id: string;
  organization_id: string | null;
  email_cipher: string;
  password_hash: string;
  first_name: string;
  last_name: string;
  role: string;
  active: boolean;
  anonymized_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const USER_COLUMNS =
  'id, organization_id, email_cipher, password_hash, first_name, last_name, role, active, anonymized_at, ' +
  'created_at, updated_at';

export function userSnapshotFromSqlRow(row: UserRow, cipher: PersonalDataCipher): UserSnapshot {
  return {
    id: row.id,
    organizationId: row.organization_id,
    email: cipher.decrypt(row.email_cipher),
    passwordHash: row.password_hash,
    firstName: row.first_name,
    lastName: row.last_name,
    role: row.role as Role,
    active: row.active,
    anonymizedAt: row.anonymized_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function userToRow(user: User, cipher: PersonalDataCipher): UserOrmEntity {
  const { email, ...rest } = user.toSnapshot();
  return Object.assign(new UserOrmEntity(), rest, {
    emailHash: cipher.emailIndex(email),
    emailCipher: cipher.encrypt(email),
  });
}
