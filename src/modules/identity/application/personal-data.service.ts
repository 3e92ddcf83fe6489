import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../shared/domain/tenant';
import { AuditLog } from '../domain/audit-log';
import { ErasureNotAllowed } from '../domain/identity.errors';
import { UserRepository } from '../domain/user.repository';
import { AccountHooks } from './account-hooks';
import { PersonalDataRegistry } from './personal-data.registry';
import { UsersService } from './users.service';
import { Clock } from '../../../shared/domain/clock';

export interface PersonalDataExport {
  readonly exportedAt: string;
  readonly user: Record<string, unknown>;
  readonly sections: Record<string, unknown>;
}

export interface ErasureReport {
  readonly userId: string;
  readonly anonymizedAt: string;
  readonly anonymized: string[];
  readonly kept: string[];
}

/** GDPR rights: access (export) and erasure (anonymisation that keeps the accounting facts). */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly users: UsersService,
    private readonly userRepository: UserRepository,
    private readonly hooks: AccountHooks,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async exportOwn(actor: Actor, ip: string | null): Promise<PersonalDataExport> {
    const user = (await this.users.load(actor, actor.userId)).toSnapshot();
    const sections: Record<string, unknown> = {};
    for (const contributor of this.registry.all()) {
      sections[contributor.section] = await contributor.exportFor(user.organizationId, user.id);
    }
    await this.audit.record({ event: 'gdpr_export', organizationId: user.organizationId, actorUserId: actor.userId, subjectUserId: user.id, ip });
    const { passwordHash: _secret, ...profile } = user;
    return { exportedAt: this.clock.now().toISOString(), user: profile, sections };
  }

  /** The superadmin, the organization's syndic, or the person themselves. */
  async erase(actor: Actor, userId: string, ip: string | null): Promise<ErasureReport> {
    const self = actor.userId === userId;
    if (!self && actor.role !== 'superadmin' && actor.role !== 'syndic') throw new ErasureNotAllowed();
    const user = await this.users.load(actor, userId);
    const now = this.clock.now();
    user.anonymize(now);
    await this.userRepository.save(user);
    await this.hooks.accountClosed(userId);
    const organizationId = user.toSnapshot().organizationId;
    const anonymized = ['user.email', 'user.firstName', 'user.lastName', 'user.password'];
    for (const contributor of this.registry.all()) {
      anonymized.push(...(await contributor.anonymizeFor(organizationId, userId)));
    }
    await this.audit.record({ event: 'gdpr_delete', organizationId, actorUserId: actor.userId, subjectUserId: userId, ip });
    return {
      userId,
      anonymizedAt: now.toISOString(),
      anonymized,
      kept: [
        'expenses',
        'charge distributions',
        'unit ownership history',
        'meeting minutes',
        'audit events (without personal data)',
      ],
    };
  }
}
