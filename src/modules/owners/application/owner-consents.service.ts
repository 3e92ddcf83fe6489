import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CalendarDate, Clock, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { ConsentRegister } from '../domain/consent.register';
import type { OwnerSnapshot } from '../domain/owner';
import { OwnersService } from './owners.service';

export interface GiveConsentInput {
  readonly channel: 'email';
  readonly givenOn: CalendarDate;
  /** The signed consent, a document of the organization (else 404). */
  readonly documentId?: string | null;
}

/** The consent register of `PUT` and `DELETE /owners/:id/consent`; rules in `OwnerConsents`. */
@Injectable()
export class OwnerConsentsService {
  constructor(
    private readonly register: ConsentRegister,
    private readonly owners: OwnersService,
    private readonly clock: Clock,
  ) {}

  /** 404 unknown owner or document; 422 CONSENT_IN_FUTURE, CONSENT_BEFORE_WITHDRAWAL. Answers the owner. */
  async give(tenant: TenantContext, ownerId: string, input: GiveConsentInput): Promise<OwnerSnapshot> {
    const today = this.clock.today();
    const consent = {
      id: randomUUID(),
      givenOn: input.givenOn,
      documentId: input.documentId ?? null,
      recordedBy: tenant.userId,
    };
    const done = await this.register.change(tenant.organizationId, ownerId, (consents) =>
      consents.give(consent, today),
    );
    if (!done) throw new ResourceNotFound('owner');
    return this.owners.get(tenant, ownerId);
  }

  /** Registered mail again from today; withdrawing when no consent is in force changes nothing (204 both times). */
  async withdraw(tenant: TenantContext, ownerId: string): Promise<void> {
    const today = this.clock.today();
    const done = await this.register.change(tenant.organizationId, ownerId, (consents) =>
      consents.withdraw(today, tenant.userId),
    );
    if (!done) throw new ResourceNotFound('owner');
  }
}
