import { HttpException } from '@nestjs/common';
import { DomainError, DomainFieldError, ErrorKind } from '../domain/domain-error';
import { databaseUnavailable } from '../persistence/database-unavailable';
import { ApiException, FieldError } from './api-exception';
import type { Language } from './language';
import { fieldMessage } from './field-messages';
import { problemMessage, resourceName } from './problem-messages';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** RFC 9457 problem details, as every error of the API answers. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  errors?: FieldError[];
}

export interface ProblemResponse {
  readonly status: number;
  readonly body: ProblemDetails;
  readonly headers: Readonly<Record<string, string>>;
  /** True when the error is ours, not the caller's: it is logged in full. */
  readonly unexpected: boolean;
}

const KIND_STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rule_violated: 422,
  rate_limited: 429,
};

const STATUS_CODE: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'RULE_VIOLATED',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
  503: 'SERVICE_UNAVAILABLE',
};

/** The status's name in each language (the problem's `title`). */
const TITLES: Record<number, Record<Language, string>> = {
  400: { en: 'Bad Request', fr: 'Requête incorrecte', nl: 'Ongeldig verzoek' },
  401: { en: 'Unauthorized', fr: 'Authentification requise', nl: 'Authenticatie vereist' },
  403: { en: 'Forbidden', fr: 'Accès refusé', nl: 'Toegang geweigerd' },
  404: { en: 'Not Found', fr: 'Introuvable', nl: 'Niet gevonden' },
  405: { en: 'Method Not Allowed', fr: 'Méthode non autorisée', nl: 'Methode niet toegestaan' },
  406: { en: 'Not Acceptable', fr: 'Format non disponible', nl: 'Formaat niet beschikbaar' },
  408: { en: 'Request Timeout', fr: 'Délai de requête dépassé', nl: 'Time-out van het verzoek' },
  409: { en: 'Conflict', fr: 'Conflit', nl: 'Conflict' },
  413: { en: 'Content Too Large', fr: 'Contenu trop volumineux', nl: 'Inhoud te groot' },
  414: { en: 'URI Too Long', fr: 'URI trop longue', nl: 'URI te lang' },
  415: { en: 'Unsupported Media Type', fr: 'Type de contenu non pris en charge', nl: 'Inhoudstype niet ondersteund' },
  422: { en: 'Unprocessable Content', fr: 'Règle métier non respectée', nl: 'Bedrijfsregel niet nageleefd' },
  429: { en: 'Too Many Requests', fr: 'Trop de requêtes', nl: 'Te veel verzoeken' },
  431: {
    en: 'Request Header Fields Too Large',
    fr: 'En-têtes de requête trop volumineux',
    nl: 'Verzoekheaders te groot',
  },
  500: { en: 'Internal Server Error', fr: 'Erreur interne du serveur', nl: 'Interne serverfout' },
  503: { en: 'Service Unavailable', fr: 'Service indisponible', nl: 'Dienst niet beschikbaar' },
};

/** Fastify's own error codes that are the caller's fault, with the code we answer. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_BAD_URL: 'MALFORMED_URL',
};

/** Maps any thrown value to the problem document the client receives. */
export function toProblem(error: unknown, requestId: string, language: Language): ProblemResponse {
  const { status, code, message, params, errors, headers } = classify(error);
  const unexpected = status >= 500 && status !== 503;
  const body: ProblemDetails = {
    type: `urn:koprogo:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status]?.[language] ?? { en: 'Error', fr: 'Erreur', nl: 'Fout' }[language],
    status,
    detail: problemMessage(code, language, withResourceName(params, language), message),
    code,
    requestId,
  };
  if (errors?.length) body.errors = errors.map((e) => translated(e, language));
  return { status, body, headers: headers ?? {}, unexpected };
}

/** "No such building": the resource's name in the caller's language. */
function withResourceName(
  params: Readonly<Record<string, string | number>>,
  language: Language,
): Readonly<Record<string, string | number>> {
  const resource = params.resource;
  return typeof resource === 'string' ? { ...params, resource: resourceName(resource, language) } : params;
}

/** A field's reason in the caller's language: a domain reason from the `detail` catalog, others from field-messages. */
function translated(error: DomainFieldError | FieldError, language: Language): FieldError {
  if ('code' in error && error.code) {
    return { field: error.field, message: problemMessage(error.code, language, error.params ?? {}, error.message) };
  }
  return { field: error.field, message: fieldMessage(error, language) };
}

interface Classified {
  status: number;
  code: string;
  message: string;
  params: Readonly<Record<string, string | number>>;
  errors?: ReadonlyArray<DomainFieldError | FieldError>;
  headers?: Readonly<Record<string, string>>;
}

function classify(thrown: unknown): Classified {
  // Nest wraps Fastify's own 4xx errors (body parsing, limits) in an HttpException; their code is on the cause.
  const cause = thrown instanceof HttpException ? (thrown.cause as { code?: unknown } | undefined) : undefined;
  const error = typeof cause?.code === 'string' && cause.code.startsWith('FST_') ? cause : thrown;
  if (error instanceof DomainError) {
    const field = error.params.field;
    const retryAfter = error.params.retryAfter;
    return {
      status: KIND_STATUS[error.kind],
      code: error.code,
      message: error.message,
      params: error.params,
      errors: error.errors.length
        ? error.errors
        : error.kind === 'invalid' && typeof field === 'string'
          ? [{ field, message: error.message }]
          : undefined,
      headers:
        error.kind === 'rate_limited' && retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : undefined,
    };
  }
  const unavailable = databaseUnavailable(error);
  if (unavailable) {
    return {
      status: 503,
      code: unavailable.code,
      message: unavailable.message,
      params: {},
      headers: { 'retry-after': String(unavailable.retryAfterSeconds) },
    };
  }
  if (error instanceof ApiException) {
    return {
      status: error.getStatus(),
      code: error.code,
      message: error.message,
      params: {},
      errors: error.errors,
      headers: error.headers,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status < 500 || status === 503) {
      return { status, code: STATUS_CODE[status] ?? 'BAD_REQUEST', message: error.message, params: {} };
    }
  }
  const fastify = error as { statusCode?: unknown; code?: unknown; message?: unknown };
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    const status = fastify.statusCode;
    const code =
      (typeof fastify.code === 'string' && FASTIFY_CODES[fastify.code]) || STATUS_CODE[status] || 'BAD_REQUEST';
    return { status, code, message: String(fastify.message ?? ''), params: {} };
  }
  return { status: 500, code: 'INTERNAL_ERROR', message: 'An unexpected error occurred', params: {} };
}
