import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CalendarDate, Clock, Page, ResourceNotFound, Share, TenantContext } from '../../../shared/domain';
import { OwnersService } from '../../owners';
import { OwnershipSnapshot, UnitOwnerships } from '../domain/unit-ownerships';
import { HeldUnit, UnitRepository } from '../domain/unit.repository';
import { AddOwnershipInput, PageInput, TransferInput } from './unit.inputs';
import { heldByOf, ReaderScopes } from './reader-scope';

/** An ownership with the owner's name, as lists show it. */
export interface OwnershipView extends OwnershipSnapshot {
  readonly firstName: string | null;
  readonly lastName: string | null;
}

const unitNotFound = () => new ResourceNotFound('unit');

/**
 * Who owns which share of a unit, with history. Each change runs in one transaction holding the unit row's lock,
 * so two concurrent changes that together would exceed 100 % cannot both succeed.
 */
@Injectable()
export class OwnershipsService {
  constructor(
    private readonly repo: UnitRepository,
    private readonly owners: OwnersService,
    private readonly scopes: ReaderScopes,
    private readonly clock: Clock,
  ) {}

  /** 404 unknown unit or owner; 409 OWNERSHIP_ALREADY_ACTIVE; 422 OWNERSHIP_OVER_100. */
  async add(tenant: TenantContext, unitId: string, input: AddOwnershipInput): Promise<OwnershipSnapshot> {
    const share = Share.parse(input.share);
    await this.owners.assertExists(tenant, input.ownerId);
    return this.change(tenant, unitId, (ownerships) =>
      ownerships.add({
        id: randomUUID(),
        ownerId: input.ownerId,
        share,
        startDate: input.startDate ?? this.clock.today(),
        isPrimaryContact: input.isPrimaryContact ?? false,
      }),
    );
  }

  /** Ends the owner's open ownership on `endDate` (today by default): from that day on it no longer holds it. */
  async end(
    tenant: TenantContext,
    unitId: string,
    ownerId: string,
    endDate?: CalendarDate,
  ): Promise<OwnershipSnapshot> {
    return this.change(tenant, unitId, (ownerships) => ownerships.end(ownerId, endDate ?? this.clock.today()));
  }

  /** The sale of the seller's whole share on `date`; returns the buyer's new ownership. */
  async transfer(tenant: TenantContext, unitId: string, input: TransferInput): Promise<OwnershipSnapshot> {
    await this.owners.assertExists(tenant, input.toOwnerId);
    return this.change(tenant, unitId, (ownerships) => ownerships.transfer({ id: randomUUID(), ...input }));
  }

  /** The owner holds 100 % from today; the other current ownerships end today. */
  async assignSole(tenant: TenantContext, unitId: string, ownerId: string): Promise<OwnershipSnapshot> {
    await this.owners.assertExists(tenant, ownerId);
    return this.change(tenant, unitId, (ownerships) =>
      ownerships.assignSole({ id: randomUUID(), ownerId, today: this.clock.today() }),
    );
  }

  /** Ownerships active on `day` (today by default), with owner names. */
  async ownersOn(
    tenant: TenantContext,
    unitId: string,
    input: PageInput & { at?: CalendarDate },
  ): Promise<Page<OwnershipView>> {
    const scope = await this.scopes.of(tenant);
    const day = input.at ?? this.clock.today();
    const page = { page: input.page, perPage: input.perPage, sort: 'startDate' as const, order: 'asc' as const };
    const found =
      scope.kind === 'none'
        ? null
        : await this.repo.ownershipsOn(tenant.organizationId, unitId, day, page, heldByOf(scope));
    if (!found) throw unitNotFound();
    const names = await this.owners.namesFor(
      tenant,
      found.items.map((o) => o.ownerId),
    );
    return {
      ...found,
      items: found.items.map((o) => ({
        ...o,
        firstName: names.get(o.ownerId)?.firstName ?? null,
        lastName: names.get(o.ownerId)?.lastName ?? null,
      })),
    };
  }

  /** One ownership of the unit, current or past, with the owner's names; 404 when the caller may not see it. */
  async ownership(tenant: TenantContext, unitId: string, ownershipId: string): Promise<OwnershipView> {
    const scope = await this.scopes.of(tenant);
    const found =
      scope.kind === 'none'
        ? null
        : await this.repo.ownershipById(tenant.organizationId, unitId, ownershipId, heldByOf(scope));
    if (!found) throw new ResourceNotFound('ownership');
    const names = await this.owners.namesFor(tenant, [found.ownerId]);
    const name = names.get(found.ownerId);
    return { ...found, firstName: name?.firstName ?? null, lastName: name?.lastName ?? null };
  }

  /** Units the owner holds a share of on `day` (today by default); 404 for an owner the caller may not see. */
  async unitsOf(
    tenant: TenantContext,
    ownerId: string,
    input: PageInput & { at?: CalendarDate },
  ): Promise<Page<HeldUnit>> {
    await this.owners.assertExists(tenant, ownerId);
    const page = { page: input.page, perPage: input.perPage, sort: 'unitNumber' as const, order: 'asc' as const };
    return this.repo.heldUnits(tenant.organizationId, ownerId, input.at ?? this.clock.today(), page);
  }

  private async change<T>(
    tenant: TenantContext,
    unitId: string,
    change: (ownerships: UnitOwnerships) => T,
  ): Promise<T> {
    const done = await this.repo.changeOwnerships(tenant.organizationId, unitId, change);
    if (!done) throw unitNotFound();
    return done.result;
  }
}
