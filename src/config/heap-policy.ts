import { setFlagsFromString } from 'node:v8';

/**
 * Caps how far V8 lets the old generation grow between full collections: the next collection starts once the heap
 * has grown by `percent` over what the last one kept. V8's own factor goes up to 4× on a collector it finds fast, so
 * a busy instance with a 50 MB live heap held 200 MB and more before collecting. 0 leaves V8's factor.
 *
 * Applied at start-up, before the heap grows: V8 reads the flag at every full collection. It cannot be given in
 * NODE_OPTIONS (Node refuses it there), which is why the API sets it itself.
 */
export function applyHeapPolicy(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
