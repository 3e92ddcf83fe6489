import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ResourceNotFound } from '../../../shared/domain/domain-error';
import type { Page } from '../../../shared/domain/pagination';
import type { Actor, TenantContext } from '../../../shared/domain/tenant';
import { AuditLog } from '../domain/audit-log';
import { InvalidIdentityInput, RoleNotAssignable } from '../domain/identity.errors';
import { OrganizationRepository } from '../domain/organization.repository';
import { PasswordHasher } from '../domain/password-hasher';
import { assertPasswordPolicy, User, UserSnapshot } from '../domain/user';
import { UserRepository } from '../domain/user.repository';
import { CreateUserInput, ListUsersInput, UpdateUserInput } from './identity.inputs';
import { AccountHooks } from './account-hooks';
import { Clock } from '../../../shared/domain/clock';

/** User accounts: the superadmin manages any organization's, a syndic those of its own. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly organizations: OrganizationRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
    private readonly hooks: AccountHooks,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: CreateUserInput): Promise<UserSnapshot> {
    if ((input.role as string) === 'superadmin') throw new RoleNotAssignable('superadmin');
    const organizationId = await this.targetOrganization(actor, input.organizationId);
    assertPasswordPolicy(input.password);
    const user = User.register({
      id: randomUUID(),
      organizationId,
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      role: input.role,
      passwordHash: await this.hasher.hash(input.password),
      now: this.clock.now(),
    });
    await this.users.save(user);
    await this.audit.record({ event: 'user_created', organizationId, actorUserId: actor.userId, subjectUserId: user.id });
    return user.toSnapshot();
  }

  list(actor: Actor, input: ListUsersInput): Promise<Page<UserSnapshot>> {
    return this.users.list(scopeOf(actor), { organizationId: input.organizationId, role: input.role }, input.page);
  }

  async get(actor: Actor, id: string): Promise<UserSnapshot> {
    return (await this.load(actor, id)).toSnapshot();
  }

  async update(actor: Actor, id: string, input: UpdateUserInput): Promise<UserSnapshot> {
    if ((input.role as string) === 'superadmin') throw new RoleNotAssignable('superadmin');
    const user = await this.load(actor, id);
    user.updateProfile(input, this.clock.now());
    await this.users.save(user);
    // A new role applies to the tokens already handed out, from the next request on.
    await this.hooks.accountChanged(id);
    await this.audit.record({ event: 'user_updated', organizationId: user.toSnapshot().organizationId, actorUserId: actor.userId, subjectUserId: id });
    return user.toSnapshot();
  }

  /** The account can no longer sign in; its sessions end and its access tokens stop working at once. */
  async deactivate(actor: Actor, id: string): Promise<UserSnapshot> {
    const user = await this.load(actor, id);
    user.deactivate(this.clock.now());
    await this.users.save(user);
    await this.hooks.accountClosed(id);
    await this.audit.record({ event: 'user_deactivated', organizationId: user.toSnapshot().organizationId, actorUserId: actor.userId, subjectUserId: id });
    return user.toSnapshot();
  }

  /**
   * Facade for other contexts (owners links its records to portal accounts): true when `userId` is an active user of
   * the caller's organization with role owner. 404 (ResourceNotFound 'user') when the organization has no such user,
   * whatever exists elsewhere.
   */
  async isOwnerAccount(tenant: TenantContext, userId: string): Promise<boolean> {
    const user = await this.users.findById(tenant.organizationId, userId);
    if (!user) throw new ResourceNotFound('user');
    const { role, active } = user.toSnapshot();
    return role === 'owner' && active;
  }

  /** Loads a user within the actor's reach: 404 for anyone else's, whatever exists elsewhere. */
  async load(actor: Actor, id: string): Promise<User> {
    const user = await this.users.findById(scopeOf(actor), id);
    if (!user) throw new ResourceNotFound('user');
    return user;
  }

  private async targetOrganization(actor: Actor, requested: string | undefined): Promise<string> {
    if (actor.role !== 'superadmin') {
      if (requested !== undefined && requested !== actor.organizationId) {
        throw new InvalidIdentityInput('organizationId is set by the platform administrator only', { field: 'organizationId' });
      }
      return actor.organizationId as string;
    }
    if (!requested) throw new InvalidIdentityInput('organizationId is required', { field: 'organizationId' });
    if (!(await this.organizations.findById(null, requested))) throw new ResourceNotFound('organization');
    return requested;
  }
}

export const scopeOf = (actor: Actor): string | null => (actor.role === 'superadmin' ? null : actor.organizationId);
