import { Injectable } from '@nestjs/common';
import { BuildingsService } from '@modules/buildings';
import { ChargesService, ExpensesService } from '@modules/expenses';
import { OwnersService } from '@modules/owners';
import type { CalendarDate, TenantContext } from '@shared/domain';
import type { SplitUnit } from '../domain/call-items';
import { LetterBuilding, LetterOwner, MoneyRegistry } from '../domain/money-registry';

/** The registry and the expenses, through their facades only. */
@Injectable()
export class RegistryFacadeMoneyRegistry extends MoneyRegistry {
  constructor(
    private readonly buildings: BuildingsService,
    private readonly owners_: OwnersService,
    private readonly charges: ChargesService,
    private readonly expenses: ExpensesService,
  ) {
    super();
  }

  assertBuildingVisible(tenant: TenantContext, buildingId: string): Promise<void> {
    return this.buildings.assertExists(tenant, buildingId);
  }

  assertOwnerVisible(tenant: TenantContext, ownerId: string): Promise<void> {
    return this.owners_.assertExists(tenant, ownerId);
  }

  assertBooksOpen(tenant: TenantContext, buildingId: string, ...days: CalendarDate[]): Promise<void> {
    return this.buildings.assertBooksOpen(tenant, buildingId, ...days);
  }

  async splitOn(
    tenant: TenantContext,
    buildingId: string,
    keyId: string | null,
    amountCents: number,
    day: CalendarDate,
  ): Promise<SplitUnit[]> {
    const split = await this.charges.splitOn(tenant, buildingId, keyId, amountCents, day);
    return split.units.map((u) => ({
      unitId: u.unitId,
      unitNumber: u.unitNumber,
      amountCents: u.amountCents,
      owners: u.owners.map((o) => ({ ownerId: o.ownerId, amountCents: o.amountCents })),
    }));
  }

  async chargesByCategory(tenant: TenantContext, buildingId: string, year: number): Promise<Map<string, number>> {
    const expenses = await this.expenses.chargeableForBuilding(tenant, buildingId, {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    });
    const totals = new Map<string, number>();
    for (const e of expenses) totals.set(e.category, (totals.get(e.category) ?? 0) + e.amountCents);
    return totals;
  }

  async building(tenant: TenantContext, buildingId: string): Promise<LetterBuilding> {
    const b = await this.buildings.getForDocument(tenant, buildingId);
    return {
      id: b.id,
      name: b.name,
      address: b.address,
      postalCode: b.postalCode,
      city: b.city,
      country: b.country,
      associationBce: b.associationBce ?? null,
    };
  }

  async owners(tenant: TenantContext, ownerIds: readonly string[]): Promise<Map<string, LetterOwner>> {
    const found = await Promise.all([...new Set(ownerIds)].map((id) => this.owners_.get(tenant, id).catch(() => null)));
    const result = new Map<string, LetterOwner>();
    for (const o of found) {
      if (o) result.set(o.id, { ownerId: o.id, firstName: o.firstName, lastName: o.lastName, address: o.address });
    }
    return result;
  }
}
