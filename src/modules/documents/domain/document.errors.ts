import { DomainError } from '@shared/domain';

/** Why content was refused: logged and returned as a param, never the content itself. */
export type RefusalReason =
  | 'unknown'
  | 'executable'
  | 'archive'
  | 'macros'
  | 'not-utf8'
  | 'control-characters'
  | ContentMismatchReason;

/** Why a file that starts like an accepted format is not one: its structure, a payload, or what it inflates to. */
export type ContentMismatchReason =
  | 'pdf-structure'
  | 'trailing-data'
  | 'too-many-entries'
  | 'inflates-too-large'
  | 'compression-ratio';

const MISMATCHES: readonly string[] = [
  'pdf-structure',
  'trailing-data',
  'too-many-entries',
  'inflates-too-large',
  'compression-ratio',
] satisfies ContentMismatchReason[];

export const isContentMismatch = (reason: RefusalReason): reason is ContentMismatchReason => MISMATCHES.includes(reason);

/**
 * The content is not one of the accepted document formats (checked on the bytes, never on the name).
 */
export class UnsupportedDocumentType extends DomainError {
  readonly kind = 'unsupported_media_type';
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
  constructor(readonly reason: RefusalReason) {
    super(`The document content is not an accepted format (${reason})`, { reason });
  }
}

/**
 * The file starts like an accepted format (a PDF, a DOCX...) but is not what it claims: broken structure, data hidden
 * after its end, or a package that would inflate far beyond its size. A distinct code so clients can tell the user.
 */
export class DocumentContentMismatch extends DomainError {
  readonly kind = 'unsupported_media_type';
  readonly code = 'DOCUMENT_CONTENT_MISMATCH';
  constructor(
    readonly claimed: string,
    readonly reason: ContentMismatchReason,
  ) {
    super(`The document starts as ${claimed} but is not a valid one (${reason})`, { claimed, reason });
  }
}

/** The upload passed MAX_UPLOAD_MB; raised while streaming, as soon as the limit is crossed (413 once mapped). */
export class DocumentTooLarge extends DomainError {
  readonly kind = 'too_large';
  readonly code = 'PAYLOAD_TOO_LARGE';
  constructor(readonly maxBytes: number) {
    super(`The document is larger than ${maxBytes} bytes`, { maxBytes, maxMegabytes: Math.floor(maxBytes / 1048576) });
  }
}

/** A zero-byte upload is a client mistake, not a format question. */
export class EmptyDocument extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'EMPTY_DOCUMENT';
  constructor() {
    super('The document is empty');
  }
}

/** A document field breaks a rule the HTTP validation should have caught first: 400 naming the field. */
export class InvalidDocument extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(field: string, reason: string) {
    super(`${field} ${reason}`, { field });
  }
}

/** Accountants file the accounting papers (invoices, financial statements); the rest is the syndic's. */
export class DocumentTypeNotAllowed extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'DOCUMENT_TYPE_NOT_ALLOWED';
  constructor(role: string, type: string) {
    super(`Role ${role} may not upload documents of type ${type}`, { role, type });
  }
}
