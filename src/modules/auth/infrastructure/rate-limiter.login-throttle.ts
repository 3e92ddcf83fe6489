import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { LoginThrottle } from '../application/login-throttle';

/**
 * How long an attempt waits at most for the attempts being checked ahead of it; past that it is refused as if the
 * key were full. Checks take a password hash each (tens of milliseconds), so this is only reached by a queue of them.
 */
const MAX_QUEUE_MS = 5_000;
/** A waiting attempt looks again at least this often, whatever it was woken by. */
const RECHECK_MS = 250;

/**
 * The login limit on rate-limiter-flexible, whose consume() increments and compares in one step (in memory, or by a
 * Lua script in Redis), so an attempt is counted before the password is hashed and parallel attempts cannot overrun.
 * The attempts this instance has granted and not yet settled are known here: one that finds a key full while some
 * of that key's are in flight waits for them to settle and tries again (a successful one gives its point back).
 */
export class RateLimiterLoginThrottle extends LoginThrottle {
  /** Attempts granted by this instance and not yet settled, per key. */
  private readonly inFlight = new Map<string, number>();
  private waiting: (() => void)[] = [];
  /** Counts settlements, so an attempt refused while one was settling (its answer in transit) tries again. */
  private settlements = 0;

  constructor(private readonly limiter: RateLimiterAbstract) {
    super();
  }

  async reserve(keys: readonly string[]): Promise<number> {
    const deadline = Date.now() + MAX_QUEUE_MS;
    for (;;) {
      const seen = this.settlements;
      const { wait, refused } = await this.consume(keys);
      if (wait === 0) {
        for (const key of keys) this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
        return 0;
      }
      if (Date.now() >= deadline) return wait;
      if (this.settlements !== seen) continue;
      if (!refused.some((key) => (this.inFlight.get(key) ?? 0) > 0)) return wait;
      await this.nextSettlement(Math.min(RECHECK_MS, deadline - Date.now()));
    }
  }

  async settle(keys: readonly string[], failed: boolean): Promise<void> {
    try {
      if (!failed) await this.giveBack(keys);
    } finally {
      this.settlements += 1;
      for (const key of keys) {
        const left = (this.inFlight.get(key) ?? 1) - 1;
        if (left > 0) this.inFlight.set(key, left);
        else this.inFlight.delete(key);
      }
      const waiting = this.waiting;
      this.waiting = [];
      for (const wake of waiting) wake();
    }
  }

  /** One attempt on every key, or none: the seconds to wait and the keys that were full when refused. */
  private async consume(keys: readonly string[]): Promise<{ wait: number; refused: string[] }> {
    const results = await Promise.allSettled(keys.map((key) => this.limiter.consume(key)));
    const failure = results.find((r) => r.status === 'rejected' && !(r.reason instanceof RateLimiterRes));
    if (failure?.status === 'rejected') throw failure.reason; // the store is unreachable: not a verdict
    const refused = results.flatMap((r, i) => (r.status === 'rejected' ? [{ key: keys[i]!, res: r.reason as RateLimiterRes }] : []));
    if (refused.length === 0) return { wait: 0, refused: [] };
    // A refused attempt is not made, so it takes nothing from any key: a locked e-mail does not eat its IP's budget,
    // and an attempt that waits and tries again does not push a full key further over its limit.
    await this.giveBack(keys);
    return {
      wait: Math.max(1, ...refused.map((r) => Math.ceil(r.res.msBeforeNext / 1000))),
      refused: refused.map((r) => r.key),
    };
  }

  private async giveBack(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.limiter.reward(key, 1)));
  }

  private nextSettlement(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.waiting.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
