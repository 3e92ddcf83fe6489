import { Injectable, Logger } from '@nestjs/common';
import { BuildingsService } from '../../buildings';
import { OrganizationsService, PlatformAccountsService, UsersService } from '../../identity';
import { OwnersService } from '../../owners';
import { OwnershipsService, UnitsService } from '../../units';
import { Clock } from '../../../shared/domain';
import type { Actor, TenantContext } from '../../../shared/domain/tenant';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_BUILDINGS,
  type DemoBuilding,
  DEMO_ORGANIZATIONS,
  DEMO_OWNERS,
  DEMO_OWNERSHIPS,
  DEMO_PASSWORD,
} from './demo-data';
import { DemoActivity } from './demo-activity';
import { DemoMoney } from './demo-money';

export interface DemoLoadResult {
  readonly loaded: boolean;
  readonly accounts: readonly string[];
}

/**
 * Loads the demo data of api.md through the application services, so it obeys every business rule.
 * Idempotent: an organization whose slug exists is left as it is.
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly platform: PlatformAccountsService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly buildings: BuildingsService,
    private readonly units: UnitsService,
    private readonly owners: OwnersService,
    private readonly ownerships: OwnershipsService,
    private readonly activity: DemoActivity,
    private readonly money: DemoMoney,
    private readonly clock: Clock,
  ) {}

  async load(): Promise<DemoLoadResult> {
    let loaded = await this.platform.ensureSuperadmin(DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
    const platformActor: Actor = {
      userId: '00000000-0000-4000-8000-000000000000',
      role: 'superadmin',
      organizationId: null,
    };
    for (const spec of DEMO_ORGANIZATIONS) {
      if (await this.organizations.findBySlug(spec.slug)) continue;
      loaded = true;
      const { organization, syndic } = await this.organizations.create(platformActor, {
        name: spec.name,
        slug: spec.slug,
        contactEmail: spec.contactEmail,
        syndic: { ...spec.syndic, password: DEMO_PASSWORD },
      });
      const tenant: TenantContext = { userId: syndic.id, role: 'syndic', organizationId: organization.id };
      const userIds = new Map<string, string>();
      for (const user of spec.users) {
        userIds.set(user.email, (await this.users.create(tenant, { ...user, password: DEMO_PASSWORD })).id);
      }
      await this.loadProperty(tenant, spec.slug, userIds);
      this.logger.log(`Demo organization "${spec.name}" loaded`);
    }
    return {
      loaded,
      accounts: [
        DEMO_ADMIN_EMAIL,
        ...DEMO_ORGANIZATIONS.flatMap((o) => [o.syndic.email, ...o.users.map((u) => u.email)]),
      ],
    };
  }

  private async loadProperty(tenant: TenantContext, slug: string, userIds: Map<string, string>): Promise<void> {
    const ownerIds = new Map<string, string>();
    for (const owner of DEMO_OWNERS[slug] ?? []) {
      const { linkUser, ...details } = owner;
      const created = await this.owners.create(tenant, {
        ...details,
        userId: linkUser ? (userIds.get(linkUser) ?? null) : null,
      });
      ownerIds.set(owner.email, created.id);
    }
    const startDate = this.activity.yearStart();
    for (const [index, spec] of (DEMO_BUILDINGS[slug] ?? []).entries()) {
      const { units, ...details } = spec;
      const { liftKey, quotaRevision, money: _money, ...rest } = details;
      const building = await this.buildings.create(tenant, {
        ...rest,
        country: 'BE',
        totalUnits: units.length,
        totalQuota: 1000,
      });
      const unitIds = new Map<string, string>();
      for (const unitSpec of units) {
        const unit = await this.units.create(tenant, { ...unitSpec, buildingId: building.id });
        unitIds.set(unitSpec.unitNumber, unit.id);
        for (const [email, share] of DEMO_OWNERSHIPS[spec.name]?.[unitSpec.unitNumber] ?? []) {
          await this.ownerships.add(tenant, unit.id, {
            ownerId: ownerIds.get(email) as string,
            share,
            startDate,
            isPrimaryContact: share !== '40',
          });
        }
      }
      await this.activity.load(tenant, building.id);
      if (liftKey) await this.activity.loadLift(tenant, building.id, liftKey, unitIds);
      if (quotaRevision) await this.reviseQuotas(tenant, quotaRevision, units, unitIds);
      // Calls after the quota revision: each is split as the registry stands on its date.
      await this.money.load(tenant, building.id, 3_630_000_000 + 10 * index, ownerIds, spec.money);
    }
  }

  /** Lowered quotas first, so that the building total holds at every step of a revision that keeps it. */
  private async reviseQuotas(
    tenant: TenantContext,
    revision: NonNullable<DemoBuilding['quotaRevision']>,
    units: DemoBuilding['units'],
    unitIds: ReadonlyMap<string, string>,
  ): Promise<void> {
    const now = this.clock.now();
    const validFrom = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - revision.monthsAgo, 1))
      .toISOString()
      .slice(0, 10);
    const before = new Map(units.map((u) => [u.unitNumber, u.quota]));
    const change = ([unitNumber, quota]: [string, number]) => quota - (before.get(unitNumber) ?? 0);
    const changes = Object.entries(revision.quotas).sort((a, b) => change(a) - change(b));
    for (const [unitNumber, quota] of changes) {
      const unitId = unitIds.get(unitNumber) as string;
      await this.units.changeQuota(tenant, unitId, { quota, validFrom, decisionRef: revision.decisionRef });
    }
  }
}
