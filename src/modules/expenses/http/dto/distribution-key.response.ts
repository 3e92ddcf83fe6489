import type { DistributionKeySnapshot } from '../../domain/distribution-key';

export class KeyWeightResponse {
  unitId!: string;
  weight!: number;
}

export class DistributionKeyResponse {
  id!: string;
  buildingId!: string;
  name!: string;
  /** By unit id. */
  weights!: KeyWeightResponse[];
  /** Σ weights: the denominator of the key's split. */
  totalWeight!: number;
  createdAt!: string;
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
