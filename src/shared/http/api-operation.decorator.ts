import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { HeaderObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ApiProblem } from './api-problem.decorator';

/** A file answered as bytes: its content types (the first is the usual one). */
export interface BinarySuccess {
  readonly binary: readonly string[];
}

/**
 * What an integrator needs of one operation. Every route carries exactly one `@ApiOperationDoc`:
 * - `summary`: a short imperative line (the operation's name in generated clients' docs);
 * - `description`: the rules, the error codes and their causes;
 * - `status` of the success (200 by default) and its body: a response DTO class, `pageOf(Dto)` for lists, or
 *   `{ binary: [contentType…] }` for files; no body for 204;
 * - `problems`: the 4xx statuses the route may answer (401 is added unless `public`);
 * - `public`: no access token (the operation documents `security: []`);
 * - `deprecated`: the operation still works but has a successor, named in its description.
 */
export interface OperationDoc {
  readonly summary: string;
  readonly description: string;
  readonly status?: 200 | 201 | 204;
  readonly success?: Type<unknown> | BinarySuccess;
  /** What the success means, e.g. "The building". Defaults to the status text. */
  readonly successDescription?: string;
  readonly problems?: readonly number[];
  readonly public?: boolean;
  readonly deprecated?: boolean;
  /** Overrides the controller's tag. */
  readonly tag?: string;
  /** Response headers of the success besides `Location` (documented on every 201). */
  readonly headers?: Record<string, HeaderObject>;
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No content' };

const LOCATION: HeaderObject = {
  description: 'The path of the created resource, e.g. /api/v1/buildings/{id}',
  schema: { type: 'string' },
};

/** Documents one operation completely; see {@link OperationDoc}. */
export function ApiOperationDoc(doc: OperationDoc): MethodDecorator & ClassDecorator {
  const status = doc.status ?? 200;
  const headers = status === 201 ? { Location: LOCATION, ...doc.headers } : doc.headers;
  const description = doc.successDescription ?? STATUS_TEXT[status];
  const success = doc.success;
  const decorators = [
    ApiOperation({
      summary: doc.summary,
      description: doc.description,
      ...(doc.public ? { security: [] } : {}),
      ...(doc.deprecated ? { deprecated: true } : {}),
    }),
  ];
  if (doc.tag) decorators.push(ApiTags(doc.tag));
  if (success && 'binary' in success) {
    decorators.push(
      ApiProduces(...success.binary),
      ApiResponse({
        status,
        description,
        headers: {
          'Content-Disposition': {
            description: 'attachment; filename="…"',
            schema: { type: 'string' },
          },
          ...headers,
        },
        content: Object.fromEntries(
          success.binary.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
        ),
      }),
    );
  } else if (success) {
    decorators.push(ApiExtraModels(success), ApiResponse({ status, description, type: success, headers }));
  } else {
    decorators.push(ApiResponse({ status, description, headers }));
  }
  const problems = new Set(doc.problems ?? []);
  if (!doc.public) problems.add(401);
  decorators.push(ApiProblem(...[...problems].sort()));
  return applyDecorators(...decorators);
}

/**
 * Documents the optional `Accept-Language` header of a route whose success body is in a language (reports, letters):
 * fr, nl or en, French by default. Problem details follow it on every route and need no mention.
 */
export const ApiAcceptLanguage = () =>
  ApiHeader({
    name: 'accept-language',
    required: false,
    description: 'The language of the document: fr, nl or en (first one known wins; French by default).',
    schema: { type: 'string', example: 'nl-BE, nl;q=0.9, fr;q=0.5' },
  });

/** Documents the optional `If-None-Match` header of a download: the ETag of the copy the client holds. */
export const ApiIfNoneMatch = () =>
  ApiHeader({
    name: 'if-none-match',
    required: false,
    description: 'The ETag of the copy the client holds; when it is still current the answer is 304 without a body.',
    schema: { type: 'string', example: '"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"' },
  });
