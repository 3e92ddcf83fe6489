import type { DistributionKeySnapshot } from '../../domain/distribution-key';
import { ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class KeyWeightResponse {
  @ApiId()
  unitId!: string;
  @ApiInteger({ example: 3 })
  weight!: number;
}

export class DistributionKeyResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  /** @example "Ascenseur" */
  name!: string;
  /** By unit id. */
  weights!: KeyWeightResponse[];
  /** Σ weights: the denominator of the key's split. */
  @ApiInteger({ example: 42 })
  totalWeight!: number;
  @ApiTimestamp()
  createdAt!: string;
  @ApiTimestamp()
  updatedAt!: string;

  static from(k: DistributionKeySnapshot): DistributionKeyResponse {
    return {
      id: k.id,
      buildingId: k.buildingId,
      name: k.name,
      weights: k.weights.map((w) => ({ unitId: w.unitId, weight: w.weight })),
      totalWeight: k.weights.reduce((sum, w) => sum + w.weight, 0),
      createdAt: k.createdAt.toISOString(),
      updatedAt: k.updatedAt.toISOString(),
    };
  }
}
