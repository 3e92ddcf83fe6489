import { RateLimiterMemory } from 'rate-limiter-flexible';
import { LOGIN_WINDOW_SECONDS, MAX_FAILED_LOGINS } from '../application/login-throttle';
import { RateLimiterLoginThrottle } from './rate-limiter.login-throttle';

/**
 * One process's count. Entries expire with their window; a flood of distinct keys is bounded by the password hash
 * each attempt costs before it can be made again.
 */
export class MemoryLoginThrottle extends RateLimiterLoginThrottle {
  constructor() {
    super(new RateLimiterMemory({ keyPrefix: 'login', points: MAX_FAILED_LOGINS, duration: LOGIN_WINDOW_SECONDS }));
  }
}
