import { column, table } from '@shared/persistence/table';
import type { DistributionKeySnapshot } from '../domain/distribution-key';

type KeyRow = Omit<DistributionKeySnapshot, 'weights'>;

/** The `distribution_keys` table; its weights live in `distribution_key_weights`, one row per unit. */
export const distributionKeys = table<KeyRow>('distribution_keys', 'k', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  name: column('name'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});

export interface WeightRow {
  organizationId: string;
  buildingId: string;
  keyId: string;
  unitId: string;
  weight: number;
}

export const distributionKeyWeights = table<WeightRow>('distribution_key_weights', 'w', {
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  keyId: column('key_id'),
  unitId: column('unit_id'),
  weight: column('weight'),
});
