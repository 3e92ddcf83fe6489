import type { CalendarDate, PostalAddressSnapshot, TenantContext } from '../../../shared/domain';
import type { SplitUnit } from './call-items';

export interface LetterBuilding {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
  readonly associationBce: string | null;
}

export interface LetterOwner {
  readonly ownerId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly address: PostalAddressSnapshot | null;
}

/** What the money context needs of the registry and of the expenses, through their facades only. */
export abstract class MoneyRegistry {
  /** 404 unless the caller may see the building (an owner: one it holds a share of). */
  abstract assertBuildingVisible(tenant: TenantContext, buildingId: string): Promise<void>;
  /** 404 unless the caller may see the owner (an owner: itself only). */
  abstract assertOwnerVisible(tenant: TenantContext, ownerId: string): Promise<void>;
  /** 409 PERIOD_CLOSED when a day lies in the building's closed books; 404 like `assertBuildingVisible`. */
  abstract assertBooksOpen(tenant: TenantContext, buildingId: string, ...days: CalendarDate[]): Promise<void>;
  /** The exact split of `amountCents` on `day` by the key or the quotas; 422 REGISTRY_INCOMPLETE, 404 for a key. */
  abstract splitOn(
    tenant: TenantContext,
    buildingId: string,
    keyId: string | null,
    amountCents: number,
    day: CalendarDate,
  ): Promise<SplitUnit[]>;
  /** Σ the building's expenses of `year` by category, cancelled ones left out (credit notes negative). */
  abstract chargesByCategory(tenant: TenantContext, buildingId: string, year: number): Promise<Map<string, number>>;
  abstract building(tenant: TenantContext, buildingId: string): Promise<LetterBuilding>;
  /** Names and postal addresses; unknown ids are left out. */
  abstract owners(tenant: TenantContext, ownerIds: readonly string[]): Promise<Map<string, LetterOwner>>;
}
