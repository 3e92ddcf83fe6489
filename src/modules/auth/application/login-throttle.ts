/** Failed sign-ins allowed per key (IP, email) in the window before 429; successful sign-ins do not count. */
export const MAX_FAILED_LOGINS = 10;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Counts sign-in attempts per key in a fixed window, in memory for one instance or in Redis for several. An attempt
 * is reserved before the password is checked, so parallel attempts cannot all pass the check together; a sign-in
 * that succeeds gives its attempt back.
 */
export abstract class LoginThrottle {
  /** Reserves one attempt on every key: 0 when granted, else the seconds to wait (the attempt is not made). */
  abstract reserve(keys: readonly string[]): Promise<number>;
  /** Gives back the attempts reserved by a sign-in that succeeded. */
  abstract refund(keys: readonly string[]): Promise<void>;
}
