import { InvalidIdentityInput } from './identity.errors';
import { normalizeEmailAddress } from './email';
import {
  normalizeEnterpriseNumber,
  normalizeIban,
  normalizeIpiNumber,
  normalizePhone,
} from '../../../shared/domain/belgian-identifiers';

export interface OrganizationSnapshot extends OrganizationLetterhead {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly contactEmail: string;
  readonly active: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/**
 * What the firm prints at the top of every letter and report, as the law on syndics asks (art. 3.89 of the Civil
 * Code and the IPI code of ethics): postal address, enterprise number, IPI registration, how to reach it, and the
 * account its fees are paid to. Each is null until the firm records it.
 */
export interface OrganizationLetterhead {
  /** One line: street, number, postal code and city. */
  readonly address: string | null;
  /** BCE/KBO, "0123.456.749". */
  readonly bceNumber: string | null;
  /** IPI/BIV registration of the syndic, "504.123". */
  readonly ipiNumber: string | null;
  readonly phone: string | null;
  /** The address owners write to, printed on letters (the contact e-mail is the platform's). */
  readonly email: string | null;
  /** Where the syndic's fees are paid, compact ("BE68539007547034"). */
  readonly feesIban: string | null;
}

export const EMPTY_LETTERHEAD: OrganizationLetterhead = {
  address: null,
  bceNumber: null,
  ipiNumber: null,
  phone: null,
  email: null,
  feesIban: null,
};

export interface OrganizationDetails {
  readonly name: string;
  readonly contactEmail: string;
  /** Fields left out keep their value; null clears one. */
  readonly letterhead?: Partial<OrganizationLetterhead>;
}

/** A syndic firm: the tenant that owns buildings and users. A suspended organization cannot sign in. */
export class Organization {
  private constructor(private state: OrganizationSnapshot) {}

  static create(input: OrganizationDetails & { id: string; slug?: string; now: Date }): Organization {
    const details = checkDetails(input);
    // A client may send null for a slug it leaves to us, as for any optional field: both mean "derive it from the name".
    const slug = input.slug === undefined || input.slug === null ? slugify(details.name) : input.slug.trim();
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 100) {
      throw new InvalidIdentityInput('A slug is lowercase letters, digits and single dashes', { field: 'slug' });
    }
    return new Organization({
      id: input.id,
      name: details.name,
      contactEmail: details.contactEmail,
      ...checkLetterhead({ ...EMPTY_LETTERHEAD, ...input.letterhead }),
      slug,
      active: true,
      createdAt: input.now,
      updatedAt: input.now,
    });
  }

  static restore(snapshot: OrganizationSnapshot): Organization {
    return new Organization({ ...snapshot });
  }

  get id(): string {
    return this.state.id;
  }

  update(details: OrganizationDetails, now: Date): void {
    const { name, contactEmail } = checkDetails(details);
    const letterhead = checkLetterhead({ ...letterheadOf(this.state), ...details.letterhead });
    this.state = { ...this.state, name, contactEmail, ...letterhead, updatedAt: now };
  }

  suspend(now: Date): void {
    this.state = { ...this.state, active: false, updatedAt: now };
  }

  activate(now: Date): void {
    this.state = { ...this.state, active: true, updatedAt: now };
  }

  toSnapshot(): OrganizationSnapshot {
    return { ...this.state };
  }
}

function checkDetails(details: OrganizationDetails): { name: string; contactEmail: string } {
  const name = details.name.trim().replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > 255) {
    throw new InvalidIdentityInput('An organization name has 2 to 255 characters', { field: 'name' });
  }
  return { name, contactEmail: normalizeEmailAddress(details.contactEmail, 'contactEmail') };
}

export function letterheadOf(s: OrganizationLetterhead): OrganizationLetterhead {
  return {
    address: s.address,
    bceNumber: s.bceNumber,
    ipiNumber: s.ipiNumber,
    phone: s.phone,
    email: s.email,
    feesIban: s.feesIban,
  };
}

function checkLetterhead(input: OrganizationLetterhead): OrganizationLetterhead {
  const checked = <T>(field: keyof OrganizationLetterhead, normalize: (v: string) => T | null, expected: string) => {
    const value = input[field];
    if (value === null || value === undefined) return null;
    const normalized = normalize(value);
    if (normalized === null) throw new InvalidIdentityInput(`${field} must be ${expected}`, { field });
    return normalized;
  };
  const line = (v: string) => {
    const text = v.trim().replace(/\s+/g, ' ');
    return text.length >= 1 && text.length <= 255 ? text : null;
  };
  return {
    address: checked('address', line, '1 to 255 characters'),
    bceNumber: checked('bceNumber', normalizeEnterpriseNumber, 'a BCE/KBO number with a valid check'),
    ipiNumber: checked('ipiNumber', normalizeIpiNumber, 'an IPI number of 6 digits'),
    phone: checked('phone', normalizePhone, 'a telephone number'),
    email: checked('email', (v) => normalizeEmailAddress(v, 'email'), 'an e-mail address'),
    feesIban: checked('feesIban', normalizeIban, 'an IBAN with a valid check'),
  };
}

/** "Syndic Grand-Place SRL" → "syndic-grand-place-srl": lowercase, accents removed, other characters as dashes. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}
