import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PasswordHasher } from '../domain/password-hasher';
import { assertPasswordPolicy, User } from '../domain/user';
import { UserRepository } from '../domain/user.repository';
import { Clock } from '../../../shared/domain/clock';

/** Start-up duties of the platform: the first superadmin. */
@Injectable()
export class PlatformAccountsService {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  superadminExists(): Promise<boolean> {
    return this.users.superadminExists();
  }

  /** Creates the superadmin unless one exists already (or the email is taken); true when created. */
  async ensureSuperadmin(email: string, password: string, names = { firstName: 'Platform', lastName: 'Administrator' }): Promise<boolean> {
    if (await this.users.findByEmail(null, email)) return false;
    assertPasswordPolicy(password);
    const user = User.register({
      id: randomUUID(),
      organizationId: null,
      email,
      ...names,
      role: 'superadmin',
      passwordHash: await this.hasher.hash(password),
      now: this.clock.now(),
    });
    await this.users.save(user);
    return true;
  }
}
