import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ResourceNotFound } from '../../../shared/domain/domain-error';
import type { Page } from '../../../shared/domain/pagination';
import type { Actor } from '../../../shared/domain/tenant';
import { AuditLog } from '../domain/audit-log';
import { letterheadOf, Organization, OrganizationLetterhead, OrganizationSnapshot } from '../domain/organization';
import { OrganizationRepository } from '../domain/organization.repository';
import { PasswordHasher } from '../domain/password-hasher';
import { assertPasswordPolicy, User, UserSnapshot } from '../domain/user';
import { AccountHooks } from './account-hooks';
import { CreateOrganizationInput, ListOrganizationsInput, UpdateOrganizationInput } from './identity.inputs';
import { Clock } from '../../../shared/domain/clock';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
    private readonly hooks: AccountHooks,
    private readonly clock: Clock,
  ) {}

  /** A new syndic firm and its first syndic account, created together or not at all. */
  async create(
    actor: Actor,
    input: CreateOrganizationInput,
  ): Promise<{ organization: OrganizationSnapshot; syndic: UserSnapshot }> {
    assertPasswordPolicy(input.syndic.password);
    const now = this.clock.now();
    const organization = Organization.create({ id: randomUUID(), ...input, now });
    const syndic = User.register({
      id: randomUUID(),
      organizationId: organization.id,
      ...input.syndic,
      role: 'syndic',
      passwordHash: await this.hasher.hash(input.syndic.password),
      now,
    });
    await this.organizations.createWithFirstUser(organization, syndic);
    await this.audit.record({
      event: 'organization_created',
      organizationId: organization.id,
      actorUserId: actor.userId,
      subjectUserId: syndic.id,
    });
    return { organization: organization.toSnapshot(), syndic: syndic.toSnapshot() };
  }

  list(input: ListOrganizationsInput): Promise<Page<OrganizationSnapshot>> {
    return this.organizations.list(input);
  }

  async get(actor: Actor, id: string): Promise<OrganizationSnapshot> {
    return (await this.load(actor, id)).toSnapshot();
  }

  async update(actor: Actor, id: string, input: UpdateOrganizationInput): Promise<OrganizationSnapshot> {
    const organization = await this.load(actor, id);
    organization.update(input, this.clock.now());
    await this.organizations.save(organization);
    return organization.toSnapshot();
  }

  /** Its users can no longer sign in, and their current tokens stop working at once. */
  async suspend(actor: Actor, id: string): Promise<OrganizationSnapshot> {
    const organization = await this.load(actor, id);
    organization.suspend(this.clock.now());
    await this.organizations.save(organization);
    await this.hooks.organizationSuspended(id);
    await this.audit.record({ event: 'organization_suspended', organizationId: id, actorUserId: actor.userId });
    return organization.toSnapshot();
  }

  async activate(actor: Actor, id: string): Promise<OrganizationSnapshot> {
    const organization = await this.load(actor, id);
    organization.activate(this.clock.now());
    await this.organizations.save(organization);
    await this.audit.record({ event: 'organization_activated', organizationId: id, actorUserId: actor.userId });
    return organization.toSnapshot();
  }

  /** Platform look-up by slug (demo data, integrations); null when none. */
  async findBySlug(slug: string): Promise<OrganizationSnapshot | null> {
    return (await this.organizations.findBySlug(slug))?.toSnapshot() ?? null;
  }

  /** The name of an organization, for documents it issues (convocations, reports). */
  async nameOf(organizationId: string): Promise<string> {
    return (await this.letterheadOf(organizationId)).name;
  }

  /** The name and letterhead an organization prints on its letters and reports. */
  async letterheadOf(organizationId: string): Promise<OrganizationLetterhead & { name: string }> {
    const organization = await this.organizations.findById(organizationId, organizationId);
    if (!organization) throw new ResourceNotFound('organization');
    const snapshot = organization.toSnapshot();
    return { name: snapshot.name, ...letterheadOf(snapshot) };
  }

  private async load(actor: Actor, id: string): Promise<Organization> {
    const organization = await this.organizations.findById(
      actor.role === 'superadmin' ? null : actor.organizationId,
      id,
    );
    if (!organization) throw new ResourceNotFound('organization');
    return organization;
  }
}
