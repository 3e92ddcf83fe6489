/** Failed sign-ins allowed per key (IP, email) in the window before 429; successful sign-ins do not count. */
export const MAX_FAILED_LOGINS = 10;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Counts sign-in attempts per key in a fixed window, in memory for one instance or in Redis for several. An attempt
 * is reserved before the password is checked, so parallel attempts cannot all pass the check together; once checked
 * it is settled: a failed one keeps counting for the window, any other gives its attempt back. An attempt that finds
 * a key full while attempts of that key are still being checked waits for them instead of being refused, so sign-ins
 * that all succeed are never refused however many arrive at once (one office's IP at nine in the morning).
 */
export abstract class LoginThrottle {
  /** Reserves one attempt on every key: 0 when granted, else the seconds to wait (the attempt is not made). */
  abstract reserve(keys: readonly string[]): Promise<number>;
  /** Ends a granted attempt: `failed` (wrong credentials) keeps it counted; otherwise it is given back. */
  abstract settle(keys: readonly string[], failed: boolean): Promise<void>;
}
