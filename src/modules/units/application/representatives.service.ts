import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CalendarDate, Clock, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { OwnersService } from '../../owners';
import { RepresentativeRepository } from '../domain/representative.repository';
import type { RepresentativeOnDay } from '../domain/unit-representation';
import { heldByOf, ReaderScopes } from './reader-scope';

/** The representative of a unit on one day, as `GET /units/:id/representative` answers it. */
export interface RepresentativeView extends RepresentativeOnDay {
  readonly unitId: string;
  readonly at: CalendarDate;
}

export interface NameRepresentativeInput {
  readonly ownerId: string;
  /** First day of the mandate; today by default. */
  readonly from?: CalendarDate;
}

const unitNotFound = () => new ResourceNotFound('unit');

/**
 * Who votes for a unit held by several people. Named by the syndic from a day on, with history; see
 * `UnitRepresentation` for the rules (a co-owner of that day, history in order, lapse on sale).
 */
@Injectable()
export class RepresentativesService {
  constructor(
    private readonly repo: RepresentativeRepository,
    private readonly owners: OwnersService,
    private readonly scopes: ReaderScopes,
    private readonly clock: Clock,
  ) {}

  /** 404 unknown unit or owner; 422 REPRESENTATIVE_NOT_OWNER; 409 REPRESENTATIVE_CHANGED_LATER. */
  async name(tenant: TenantContext, unitId: string, input: NameRepresentativeInput): Promise<RepresentativeView> {
    await this.owners.assertExists(tenant, input.ownerId);
    const from = input.from ?? this.clock.today();
    const done = await this.repo.change(tenant.organizationId, unitId, (representation) => {
      representation.name({
        id: randomUUID(),
        organizationId: tenant.organizationId,
        unitId,
        ownerId: input.ownerId,
        validFrom: from,
        recordedBy: tenant.userId,
      });
      return representation.on(from);
    });
    if (!done) throw unitNotFound();
    return { unitId, at: from, ...done.result };
  }

  /** The representative on `at` (today by default); an owner reads only the units it holds a share of today. */
  async on(tenant: TenantContext, unitId: string, at?: CalendarDate): Promise<RepresentativeView> {
    const scope = await this.scopes.of(tenant);
    const representation =
      scope.kind === 'none' ? null : await this.repo.load(tenant.organizationId, unitId, heldByOf(scope));
    if (!representation) throw unitNotFound();
    const day = at ?? this.clock.today();
    return { unitId, at: day, ...representation.on(day) };
  }

  /** Ends the current mandate today; a unit without one is left as it is (the same answer twice). */
  async end(tenant: TenantContext, unitId: string): Promise<void> {
    const today = this.clock.today();
    const done = await this.repo.change(tenant.organizationId, unitId, (representation) => representation.end(today));
    if (!done) throw unitNotFound();
  }
}
