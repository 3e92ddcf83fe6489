import { InvalidIdentityInput } from './identity.errors';
import { normalizeEmailAddress } from './email';

export interface OrganizationSnapshot {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly contactEmail: string;
  readonly active: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface OrganizationDetails {
  readonly name: string;
  readonly contactEmail: string;
}

/** A syndic firm: the tenant that owns buildings and users. A suspended organization cannot sign in. */
export class Organization {
  private constructor(private state: OrganizationSnapshot) {}

  static create(input: OrganizationDetails & { id: string; slug?: string; now: Date }): Organization {
    const details = checkDetails(input);
    const slug = input.slug === undefined ? slugify(details.name) : input.slug.trim();
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 100) {
      throw new InvalidIdentityInput('A slug is lowercase letters, digits and single dashes', { field: 'slug' });
    }
    return new Organization({ id: input.id, ...details, slug, active: true, createdAt: input.now, updatedAt: input.now });
  }

  static restore(snapshot: OrganizationSnapshot): Organization {
    return new Organization({ ...snapshot });
  }

  get id(): string {
    return this.state.id;
  }

  update(details: OrganizationDetails, now: Date): void {
    this.state = { ...this.state, ...checkDetails(details), updatedAt: now };
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

function checkDetails(details: OrganizationDetails): OrganizationDetails {
  const name = details.name.trim().replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > 255) {
    throw new InvalidIdentityInput('An organization name has 2 to 255 characters', { field: 'name' });
  }
  return { name, contactEmail: normalizeEmailAddress(details.contactEmail, 'contactEmail') };
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
