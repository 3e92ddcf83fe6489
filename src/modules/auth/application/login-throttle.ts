/** Failed sign-ins allowed per key (IP, email) in the window before 429; successful sign-ins do not count. */
export const MAX_FAILED_LOGINS = 10;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/** Counts failed sign-ins per key in a fixed window: in memory for one instance, in Redis for several. */
export abstract class LoginThrottle {
  /** Seconds until the most constrained key may try again; 0 when none is blocked. */
  abstract retryAfter(keys: readonly string[]): Promise<number>;
  abstract recordFailure(keys: readonly string[]): Promise<void>;
}
