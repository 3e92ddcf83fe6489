import type { Page, PageRequest } from '@shared/domain';
import type { DistributionKeyInput, DistributionKeySnapshot } from './distribution-key';

export const KEY_SORTS = ['name', 'createdAt'] as const;
export type KeySort = (typeof KEY_SORTS)[number];

/**
 * The distribution keys of a building. Writes refuse (KEY_IN_USE) to change the weights of, or delete, a key an
 * expense is split by; units outside the key's building, or the building itself, answer not found.
 */
export abstract class DistributionKeyRepository {
  abstract list(
    organizationId: string,
    buildingId: string,
    page: PageRequest<KeySort>,
  ): Promise<Page<DistributionKeySnapshot>>;
  abstract findById(organizationId: string, buildingId: string, id: string): Promise<DistributionKeySnapshot | null>;
  /** Every key of these buildings, in one read (the period statements need them all). */
  abstract ofBuildings(organizationId: string, buildingIds: readonly string[]): Promise<DistributionKeySnapshot[]>;
  abstract insert(key: DistributionKeySnapshot): Promise<void>;
  /** Null when there is no such key. */
  abstract replace(
    organizationId: string,
    buildingId: string,
    id: string,
    input: DistributionKeyInput,
    now: Date,
  ): Promise<DistributionKeySnapshot | null>;
  /** False when there is no such key. */
  abstract delete(organizationId: string, buildingId: string, id: string): Promise<boolean>;
}
