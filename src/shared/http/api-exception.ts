import { HttpException } from '@nestjs/common';

export interface FieldError {
  readonly field: string;
  /** English; answered in the caller's language (see field-messages.ts). */
  readonly message: string;
  /** The validation constraint that refused the field and its arguments, to translate the message (not answered). */
  readonly constraint?: string;
  readonly args?: readonly unknown[];
}

/** An HTTP-layer refusal with a stable code (authentication, roles, validation, limits). */
export class ApiException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    message: string,
    readonly errors?: readonly FieldError[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message, status);
  }
}

export const unauthenticated = (message = 'A valid access token is required') =>
  new ApiException(401, 'UNAUTHENTICATED', message);
export const forbidden = (message = 'Your role may not do this') => new ApiException(403, 'FORBIDDEN', message);
export const validationFailed = (errors: readonly FieldError[]) =>
  new ApiException(400, 'VALIDATION_FAILED', 'The request is not valid: see errors', errors);
