import type { CalendarDate, TenantContext } from '../../../shared/domain';
import type { IssuerIdentity } from '../../../shared/pdf/letterhead';
import type { AccountsBuilding } from './annual-accounts-documents';

/** What the journal needs of the registry: buildings and owners the caller sees, and the closed books. */
export abstract class RegistryAccess {
  /** 404 when the caller cannot see the building. */
  abstract assertBuildingVisible(tenant: TenantContext, buildingId: string): Promise<void>;
  /** 404 when the caller cannot see the owner. */
  abstract assertOwnerVisible(tenant: TenantContext, ownerId: string): Promise<void>;
  /** 409 PERIOD_CLOSED when a day lies in the building's closed books. */
  abstract assertBooksOpen(tenant: TenantContext, buildingId: string, ...days: CalendarDate[]): Promise<void>;
  /** The building as printed on the annual accounts and its presentation (by its lots); 404 like the others. */
  abstract accountsBuilding(tenant: TenantContext, buildingId: string): Promise<AccountsBuilding>;
  /** The firm that issues the accounts, with its letterhead. */
  abstract issuer(tenant: TenantContext): Promise<IssuerIdentity>;
}
