import type { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import type { Role } from '../../../shared/domain/tenant';
import { Organization } from '../domain/organization';
import { User, UserSnapshot } from '../domain/user';
import { OrganizationOrmEntity, UserOrmEntity } from './identity.orm-entities';

export const organizationToDomain = (row: OrganizationOrmEntity): Organization => Organization.restore({ ...row });

export const organizationToRow = (organization: Organization): OrganizationOrmEntity =>
  Object.assign(new OrganizationOrmEntity(), organization.toSnapshot());

export function userSnapshotFromRow(row: UserOrmEntity, cipher: PersonalDataCipher): UserSnapshot {
  return {
    id: row.id,
    organizationId: row.organizationId,
    email: cipher.decrypt(row.emailCipher),
    passwordHash: row.passwordHash,
    firstName: row.firstName,
    lastName: row.lastName,
    role: row.role as Role,
    active: row.active,
    anonymizedAt: row.anonymizedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const userToDomain = (row: UserOrmEntity, cipher: PersonalDataCipher): User =>
  User.restore(userSnapshotFromRow(row, cipher));

export function userToRow(user: User, cipher: PersonalDataCipher): UserOrmEntity {
  const { email, ...rest } = user.toSnapshot();
  return Object.assign(new UserOrmEntity(), rest, {
    emailHash: cipher.emailIndex(email),
    emailCipher: cipher.encrypt(email),
  });
}
