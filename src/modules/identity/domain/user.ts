import type { Role } from '../../../shared/domain/tenant';
import { normalizeEmailAddress } from './email';
import { InvalidIdentityInput, UserAlreadyAnonymized, WeakPassword } from './identity.errors';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export interface UserSnapshot {
  readonly id: string;
  readonly organizationId: string | null;
  readonly email: string;
  readonly passwordHash: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: Role;
  readonly active: boolean;
  readonly anonymizedAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface UserProfile {
  readonly firstName: string;
  readonly lastName: string;
  readonly role: Role;
}

/** A person who signs in. The superadmin belongs to no organization; every other role to exactly one. */
export class User {
  private constructor(private state: UserSnapshot) {}

  static register(input: UserProfile & { id: string; organizationId: string | null; email: string; passwordHash: string; now: Date }): User {
    if ((input.role === 'superadmin') !== (input.organizationId === null)) {
      throw new InvalidIdentityInput('Only the platform superadmin has no organization', { field: 'role' });
    }
    return new User({
      id: input.id,
      organizationId: input.organizationId,
      email: normalizeEmailAddress(input.email),
      passwordHash: input.passwordHash,
      ...checkProfile(input),
      active: true,
      anonymizedAt: null,
      createdAt: input.now,
      updatedAt: input.now,
    });
  }

  static restore(snapshot: UserSnapshot): User {
    return new User({ ...snapshot });
  }

  get id(): string {
    return this.state.id;
  }

  get isAnonymized(): boolean {
    return this.state.anonymizedAt !== null;
  }

  updateProfile(profile: UserProfile, now: Date): void {
    if ((profile.role === 'superadmin') !== (this.state.organizationId === null)) {
      throw new InvalidIdentityInput('Only the platform superadmin has no organization', { field: 'role' });
    }
    this.state = { ...this.state, ...checkProfile(profile), updatedAt: now };
  }

  deactivate(now: Date): void {
    this.state = { ...this.state, active: false, updatedAt: now };
  }

  /** GDPR erasure: the person is replaced by a placeholder that can never sign in; the id keeps history linked. */
  anonymize(now: Date): void {
    if (this.isAnonymized) throw new UserAlreadyAnonymized();
    this.state = {
      ...this.state,
      email: `erased-${this.state.id}@anonymized.invalid`,
      firstName: 'Anonymised',
      lastName: 'Person',
      passwordHash: '!',
      active: false,
      anonymizedAt: now,
      updatedAt: now,
    };
  }

  toSnapshot(): UserSnapshot {
    return { ...this.state };
  }
}

/** Length is what makes a password strong; 12 characters at least, and a bound so hashing cannot be abused. */
export function assertPasswordPolicy(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) throw new WeakPassword();
}

function checkProfile(profile: UserProfile): UserProfile {
  const firstName = profile.firstName.trim().replace(/\s+/g, ' ');
  const lastName = profile.lastName.trim().replace(/\s+/g, ' ');
  if (!firstName || firstName.length > 100) throw new InvalidIdentityInput('A first name has 1 to 100 characters', { field: 'firstName' });
  if (!lastName || lastName.length > 100) throw new InvalidIdentityInput('A last name has 1 to 100 characters', { field: 'lastName' });
  return { firstName, lastName, role: profile.role };
}
