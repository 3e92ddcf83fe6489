import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { LoginThrottle } from '../application/login-throttle';

/**
 * The login limit on rate-limiter-flexible, whose consume() increments and compares in one step (in memory, or by a
 * Lua script in Redis), so an attempt is counted before the password is hashed and parallel attempts cannot overrun.
 */
export class RateLimiterLoginThrottle extends LoginThrottle {
  constructor(private readonly limiter: RateLimiterAbstract) {
    super();
  }

  async reserve(keys: readonly string[]): Promise<number> {
    const results = await Promise.allSettled(keys.map((key) => this.limiter.consume(key)));
    const failure = results.find((r) => r.status === 'rejected' && !(r.reason instanceof RateLimiterRes));
    if (failure?.status === 'rejected') throw failure.reason; // the store is unreachable: not a verdict
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as RateLimiterRes] : []));
    if (refused.length === 0) return 0;
    // A refused attempt is not made: keys that had room keep it (one locked e-mail does not eat an IP's budget).
    await this.refund(keys.filter((_, i) => results[i]?.status === 'fulfilled'));
    return Math.max(1, ...refused.map((r) => Math.ceil(r.msBeforeNext / 1000)));
  }

  async refund(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.limiter.reward(key, 1)));
  }
}
