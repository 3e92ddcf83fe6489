/**
 * Splits `total` whole units (cents) in proportion to `weights` with the largest-remainder (Hamilton) method:
 * each claim gets the floor of total × weight / Σweights, then the cents left over go one by one to the claims
 * with the largest remainders. Among equal remainders the claim listed first wins, so the caller expresses its
 * tie-break rule by the order of `weights`. The result is aligned with `weights` and sums to `total` exactly.
 *
 * Everything is BigInt: total × weight is an exact product, and all remainders share the denominator Σweights,
 * so comparing their numerators compares the exact fractions.
 */
export function apportion(total: bigint, weights: readonly bigint[]): bigint[] {
  const denominator = checkedDenominator(total, weights);
  if (denominator === 0n) return weights.map(() => 0n);
  const parts = weights.map((weight) => (total * weight) / denominator);
  const remainders = weights.map((weight) => (total * weight) % denominator);
  const leftover = Number(total - sum(parts));
  // leftover = Σremainders / denominator and each remainder < denominator, so only claims with a non-zero
  // remainder receive a cent: no part ever moves a full cent away from its exact value.
  const ranking = weights.map((_, index) => index).sort((a, b) => byRemainderThenPosition(remainders, a, b));
  for (const index of ranking.slice(0, leftover)) parts[index] += 1n;
  return parts;
}

function checkedDenominator(total: bigint, weights: readonly bigint[]): bigint {
  if (total < 0n) throw new RangeError('apportion: the total must not be negative');
  if (weights.some((weight) => weight < 0n)) throw new RangeError('apportion: weights must not be negative');
  const denominator = sum(weights);
  if (denominator === 0n && total > 0n) throw new RangeError('apportion: a positive total needs a positive weight');
  return denominator;
}

function byRemainderThenPosition(remainders: readonly bigint[], a: number, b: number): number {
  if (remainders[a] !== remainders[b]) return remainders[a] > remainders[b] ? -1 : 1;
  return a - b;
}

function sum(values: readonly bigint[]): bigint {
  return values.reduce((acc, value) => acc + value, 0n);
}
