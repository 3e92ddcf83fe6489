import { DomainError } from '../../../shared/domain';

/** A unit's weight in a key; whole numbers, so a split by key is as exact as one by quota. */
export interface KeyWeight {
  readonly unitId: string;
  readonly weight: number;
}

export interface DistributionKeySnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly name: string;
  /** By unit id. */
  readonly weights: readonly KeyWeight[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface DistributionKeyInput {
  readonly name: string;
  readonly weights: readonly KeyWeight[];
}

/** Far above any key of a building (meter readings included); a larger figure is more likely a typo. */
export const MAX_KEY_WEIGHT = 1_000_000_000;

/**
 * A distribution key from the statutes (domain.md "Time"): some units with their own weights, e.g. a lift without
 * the ground floor, heating by meter readings, or one unit alone for a private charge. The quotas are the default.
 */
export function checkedKey(input: DistributionKeyInput): DistributionKeyInput {
  const name = input.name?.trim() ?? '';
  if (name.length < 1 || name.length > 100) throw new InvalidKey('name', 'must have 1 to 100 characters');
  if (!Array.isArray(input.weights) || input.weights.length === 0)
    throw new InvalidKey('weights', 'must name at least one unit');
  const seen = new Set<string>();
  for (const [index, w] of input.weights.entries()) {
    if (!Number.isSafeInteger(w.weight) || w.weight < 1 || w.weight > MAX_KEY_WEIGHT)
      throw new InvalidKey(`weights.${index}.weight`, `must be a whole number from 1 to ${MAX_KEY_WEIGHT}`);
    if (seen.has(w.unitId)) throw new InvalidKey(`weights.${index}.unitId`, 'names a unit already in the key');
    seen.add(w.unitId);
  }
  const weights = [...input.weights].sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  return { name, weights: weights.map((w) => ({ unitId: w.unitId, weight: w.weight })) };
}

/** A field of a key breaks a rule the HTTP validation should have caught first: 400 naming the field. */
export class InvalidKey extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(field: string, reason: string) {
    super(`${field} ${reason}`, { field });
  }
}

/** A key some expense is split by: its weights are part of those expenses' figures. */
export class KeyInUse extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'KEY_IN_USE';
  constructor(name: string) {
    super(`Distribution key "${name}" is used by an expense: it can no longer change`, { name });
  }
}

/** Two keys of one building with the same name (case aside). */
export class DuplicateKeyName extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'DUPLICATE_KEY_NAME';
  constructor(name: string) {
    super(`The building already has a distribution key named "${name}"`, { name });
  }
}
