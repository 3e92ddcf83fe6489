import type { SortOrder } from '../../../shared/domain';
import type { BuildingDetailsInput } from '../domain/building';
import type { BuildingSort } from '../domain/building.repository';

export type BuildingInput = BuildingDetailsInput;

export interface BuildingListInput {
  readonly page: number;
  readonly perPage: number;
  readonly sort?: BuildingSort;
  readonly order?: SortOrder;
  readonly city?: string;
}

/** What documents (convocations, PCN reports) print about a building. */
export interface BuildingForDocument {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
  readonly totalQuota: number;
  readonly totalUnits: number;
  /** BCE/KBO of the association of co-owners, or null while not recorded. */
  readonly associationBce: string | null;
  /** The notice delay of the internal rules (art. 3.87 §3). */
  readonly noticeDays: number;
}
