import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OrganizationRepository } from '../domain/organization.repository';
import { PasswordHasher } from '../domain/password-hasher';
import { UserSnapshot } from '../domain/user';
import { UserRepository } from '../domain/user.repository';

/** Checks email and password for sign-in: one answer for every failure, so nothing tells which part was wrong. */
@Injectable()
export class CredentialsService {
  /** A hash of a random password, checked when the email is unknown so both failures take the same time. */
  private decoy: Promise<string> | undefined;

  constructor(
    private readonly users: UserRepository,
    private readonly organizations: OrganizationRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async verify(email: string, password: string): Promise<UserSnapshot | null> {
    const user = (await this.users.findByEmail(null, email))?.toSnapshot();
    const valid = await this.hasher.verify(user?.passwordHash ?? (await (this.decoy ??= this.hasher.hash(randomUUID()))), password);
    if (!user || !valid || !user.active) return null;
    return (await this.canAct(user)) ? user : null;
  }

  /** The user, when the account is still active and its organization not suspended. */
  async activeUser(userId: string): Promise<UserSnapshot | null> {
    const user = (await this.users.findById(null, userId))?.toSnapshot();
    return user && user.active && (await this.canAct(user)) ? user : null;
  }

  private async canAct(user: UserSnapshot): Promise<boolean> {
    if (user.organizationId === null) return true;
    const organization = await this.organizations.findById(null, user.organizationId);
    return organization?.toSnapshot().active === true;
  }
}
