export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rule_violated'
  | 'rate_limited';

/**
 * One precise reason among several (a refusal listing every gap it found). `message` is English; `code` and `params`
 * let the HTTP layer translate it like a problem's `detail`.
 */
export interface DomainFieldError {
  readonly field: string;
  readonly message: string;
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * A business rule refused an operation. `code` is stable and clients branch on it; `params` feed the translated
 * messages of the HTTP layer and never hold another organization's data. `errors`, when given, lists each reason
 * (answered as the problem's `errors`).
 */
export abstract class DomainError extends Error {
  abstract readonly kind: ErrorKind;
  abstract readonly code: string;
  constructor(
    message: string,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly errors: readonly DomainFieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Generic "no such resource in your organization": the same answer whether it exists elsewhere or not at all. */
export class ResourceNotFound extends DomainError {
  readonly kind = 'not_found';
  readonly code = 'NOT_FOUND';
  constructor(resource: string) {
    super(`No such ${resource}`, { resource });
  }
}
