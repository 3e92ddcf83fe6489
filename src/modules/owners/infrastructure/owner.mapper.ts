import type { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { searchKey } from '../../../shared/domain';
import type { Owner, OwnerSnapshot } from '../domain/owner';
import { owners, StoredOwner } from './owners.table';

export function ownerFromRow(row: Record<string, unknown>, cipher: PersonalDataCipher): OwnerSnapshot {
  const stored = owners.fromRow(row);
  return {
    id: stored.id,
    organizationId: stored.organizationId,
    userId: stored.userId,
    firstName: stored.firstName,
    lastName: stored.lastName,
    email: cipher.decrypt(stored.emailCipher),
    phone: cipher.decryptOptional(stored.phoneCipher),
    address:
      stored.addressStreet !== null
        ? {
            street: stored.addressStreet,
            postalCode: stored.addressPostalCode as string,
            city: stored.addressCity as string,
            country: stored.addressCountry as string,
          }
        : null,
    emailConsent: consentOf(row),
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}

/** The consent in force, joined by `withConsent` (absent from rows read without it). */
function consentOf(row: Record<string, unknown>): OwnerSnapshot['emailConsent'] {
  const givenOn = row.consent_given_on;
  if (typeof givenOn !== 'string') return null;
  return { givenOn, documentId: (row.consent_document_id as string | null) ?? null };
}

/** The owner as stored but for its email rank, which depends on the organization's other owners (`email-rank.ts`). */
export function storedOwner(owner: Owner, cipher: PersonalDataCipher): Omit<StoredOwner, 'emailRank'> {
  const s = owner.toSnapshot();
  return {
    id: s.id,
    organizationId: s.organizationId,
    userId: s.userId,
    firstName: s.firstName,
    lastName: s.lastName,
    firstNameKey: searchKey(s.firstName),
    lastNameKey: searchKey(s.lastName),
    emailHash: cipher.emailIndex(s.email),
    emailCipher: cipher.encrypt(s.email),
    phoneCipher: cipher.encryptOptional(s.phone),
    addressStreet: s.address?.street ?? null,
    addressPostalCode: s.address?.postalCode ?? null,
    addressCity: s.address?.city ?? null,
    addressCountry: s.address?.country ?? null,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

/** What an edit stores: never the tenant, the id or the creation time. */
export function editedOwner(owner: Owner, cipher: PersonalDataCipher): Partial<StoredOwner> {
  const { id: _id, organizationId: _organization, createdAt: _created, ...edited } = storedOwner(owner, cipher);
  return edited;
}
