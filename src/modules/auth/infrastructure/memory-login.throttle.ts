import { Injectable } from '@nestjs/common';
import { LOGIN_WINDOW_SECONDS, LoginThrottle, MAX_FAILED_LOGINS } from '../application/login-throttle';

interface Window {
  count: number;
  resetAt: number;
}

/** One process's count; bounded so a flood of distinct keys cannot exhaust memory. */
@Injectable()
export class MemoryLoginThrottle extends LoginThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {
    super();
  }

  async retryAfter(keys: readonly string[]): Promise<number> {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const window = this.windows.get(key);
      if (window && window.resetAt > now && window.count >= MAX_FAILED_LOGINS) {
        wait = Math.max(wait, Math.ceil((window.resetAt - now) / 1000));
      }
    }
    return wait;
  }

  async recordFailure(keys: readonly string[]): Promise<void> {
    const now = this.now();
    for (const key of keys) {
      const window = this.windows.get(key);
      if (window && window.resetAt > now) window.count += 1;
      else this.windows.set(key, { count: 1, resetAt: now + LOGIN_WINDOW_SECONDS * 1000 });
    }
    if (this.windows.size > this.maxKeys) this.evictExpired(now);
  }

  private evictExpired(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    // Still too many live keys: drop the oldest entries (Map keeps insertion order).
    for (const key of this.windows.keys()) {
      if (this.windows.size <= this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}
