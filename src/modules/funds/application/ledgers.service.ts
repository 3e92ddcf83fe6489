import { Injectable } from '@nestjs/common';
import { CalendarDate, Clock, formatOgm, TenantContext } from '../../../shared/domain';
import { arrearsOn, OwnerArrears } from '../domain/arrears';
import { Ledger, LedgerReads } from '../domain/ledger';
import { LetterOwner, MoneyRegistry } from '../domain/money-registry';
import { LedgerInput } from './money.inputs';

export interface OwnerArrearsView extends OwnerArrears {
  readonly owner: LetterOwner | null;
}

export interface BuildingArrears {
  readonly buildingId: string;
  readonly asOf: CalendarDate;
  /** Basis points a year, null: no late interest (the default). */
  readonly lateInterestRateBp: number | null;
  readonly owners: readonly OwnerArrearsView[];
  readonly totalOverdueCents: number;
}

/**
 * The owners' books: a ledger per owner and building with running balances, and the building's arrears. An owner
 * reads its own ledger only (another owner's answers 404); board members, accountants and syndics read all.
 */
@Injectable()
export class LedgersService {
  constructor(
    private readonly reads: LedgerReads,
    private readonly registry: MoneyRegistry,
    private readonly clock: Clock,
  ) {}

  async ledger(tenant: TenantContext, ownerId: string, input: LedgerInput): Promise<Ledger> {
    await this.registry.assertOwnerVisible(tenant, ownerId);
    if (tenant.role !== 'owner') await this.registry.assertBuildingVisible(tenant, input.buildingId);
    const ledger = await this.reads.ledger(
      tenant.organizationId,
      ownerId,
      input.buildingId,
      input.from ?? null,
      input.to ?? this.clock.today(),
    );
    return { ...ledger, lines: ledger.lines.map((l) => ({ ...l, ogm: l.ogm && formatOgm(l.ogm) })) };
  }

  /** Owners with overdue amounts on `asOf` (today by default), oldest due first, with names and addresses. */
  async arrears(tenant: TenantContext, buildingId: string, asOf?: CalendarDate): Promise<BuildingArrears> {
    await this.registry.assertBuildingVisible(tenant, buildingId);
    const day = asOf ?? this.clock.today();
    const [overdue, rate] = await Promise.all([
      this.reads.overdue(tenant.organizationId, buildingId, day),
      this.reads.lateInterestRate(tenant.organizationId, buildingId),
    ]);
    const arrears = arrearsOn(day, overdue, rate);
    const owners = await this.registry.owners(
      tenant,
      arrears.map((a) => a.ownerId),
    );
    return {
      buildingId,
      asOf: day,
      lateInterestRateBp: rate,
      owners: arrears.map((a) => ({
        ...a,
        owner: owners.get(a.ownerId) ?? null,
        items: a.items.map((i) => ({ ...i, ogm: formatOgm(i.ogm) })),
      })),
      totalOverdueCents: arrears.reduce((sum, a) => sum + a.overdueCents, 0),
    };
  }
}
