import type { SortOrder } from '../../../shared/domain';
import type { OwnerDetailsInput } from '../domain/owner';
import type { OwnerSort } from '../domain/owner.repository';

export type OwnerInput = OwnerDetailsInput;

export interface OwnerListInput {
  readonly page: number;
  readonly perPage: number;
  readonly sort?: OwnerSort;
  readonly order?: SortOrder;
  /** A name prefix, or an exact email when it contains "@". */
  readonly q?: string;
  readonly email?: string;
}
