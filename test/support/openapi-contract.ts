import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InjectOptions, Response as InjectResponse } from 'light-my-request';

/**
 * The committed openapi.json as a contract every response of the e2e suites must keep: a status the operation does
 * not document, a body that breaks its schema, a field the schema does not name, or a content type it does not list
 * fails the test that received it. Integrators generate clients from this document: what it says must be true.
 */

type Json = Record<string, unknown>;
interface MediaType {
  schema?: Json;
}
interface ResponseDoc {
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId: string;
  responses: Record<string, ResponseDoc>;
}
interface Route {
  readonly pattern: RegExp;
  readonly template: string;
  readonly operations: Record<string, Operation>;
}

const DOCUMENT_ID = 'openapi.json';
/** Served by Swagger UI itself, outside the API it describes. */
const DOCUMENTATION = /^\/(docs(\/|$)|api\/v1\/openapi\.(json|yaml)$)/;

export class OpenApiContract {
  private readonly ajv: Ajv;
  private readonly routes: Route[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: Json) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: closed(rebase(document.components)) });
    const paths = document.paths as Record<string, Record<string, Operation>>;
    // Literal segments first: /pcn/accounts must not be read as /pcn/{buildingId}.
    this.routes = Object.entries(paths)
      .map(([template, operations]) => ({
        template,
        operations,
        pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      }))
      .sort((a, b) => paramCount(a.template) - paramCount(b.template));
  }

  static committed(): OpenApiContract {
    return new OpenApiContract(JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as Json);
  }

  /** The reasons the response breaks the document, or [] when it keeps it. */
  violations(method: string, url: string, status: number, contentType: string | undefined, body: string): string[] {
    const path = url.split('?')[0]!.split('#')[0]!.replace(/\/+$/, '') || '/';
    const verb = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
    if (verb === 'options' || DOCUMENTATION.test(path)) return [];
    const route = this.routes.find((candidate) => candidate.pattern.test(path));
    const operation = route?.operations[verb];
    if (!route || !operation) {
      // Unknown routes and methods answer a problem like any error; anything else is an undocumented route.
      if (status === 404 || status === 405 || (status >= 400 && status < 500)) {
        return this.checkBody(`problem:${status}`, problemSchema(), contentType, body, `${method} ${path}`);
      }
      return [`${method} ${path} answered ${status} but the document has no such operation`];
    }
    const where = `${operation.operationId} (${method.toUpperCase()} ${route.template}) ${status}`;
    const response = this.resolve(
      operation.responses[String(status)] ??
        operation.responses[`${String(status)[0]}XX`] ??
        operation.responses.default,
    );
    if (!response) {
      return [`${where}: status not documented (documented: ${Object.keys(operation.responses).join(', ')})`];
    }
    const media = contentType?.split(';')[0]?.trim().toLowerCase();
    const content = response.content ?? {};
    if (Object.keys(content).length === 0) {
      return body.length === 0 || method.toLowerCase() === 'head'
        ? []
        : [`${where}: a body the document does not announce`];
    }
    if (method.toLowerCase() === 'head') return [];
    if (!media || !content[media]) {
      return [
        `${where}: content type ${media ?? '(none)'} not documented (documented: ${Object.keys(content).join(', ')})`,
      ];
    }
    const schema = content[media].schema;
    if (!schema || !media.endsWith('json')) return [];
    return this.checkBody(
      `${operation.operationId}:${status}:${media}`,
      closed(rebase(schema)) as Json,
      media,
      body,
      where,
    );
  }

  /** A response given by reference to components.responses. */
  private resolve(response: (ResponseDoc & { $ref?: string }) | undefined): ResponseDoc | undefined {
    if (!response?.$ref) return response;
    const name = response.$ref.replace('#/components/responses/', '');
    return ((this.document.components as Json).responses as Record<string, ResponseDoc>)[name];
  }

  private checkBody(key: string, schema: Json, media: string | undefined, body: string, where: string): string[] {
    if (!media?.split(';')[0]?.trim().endsWith('json'))
      return [`${where}: expected a JSON body, got ${media ?? 'none'}`];
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return [`${where}: the body is not JSON`];
    }
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.validators.set(key, validate);
    }
    if (validate(parsed)) return [];
    return (validate.errors ?? []).map(
      (error) =>
        `${where}: ${error.instancePath || '(body)'} ${error.message ?? ''}${
          error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})` : ''
        }`,
    );
  }
}

function problemSchema(): Json {
  return { $ref: `${DOCUMENT_ID}#/components/schemas/ProblemDetailsSchema` };
}

function paramCount(template: string): number {
  return (template.match(/\{/g) ?? []).length;
}

/** Local references point into the document registered under DOCUMENT_ID. */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${DOCUMENT_ID}${value}` : rebase(value),
    ]),
  );
}

/** A body may hold only the fields its schema names: an undocumented field is a broken contract too. */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closed(value)])) as Json;
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  // An object field that may be null: `nullable` beside the `allOf` of its reference, as generated clients read it.
  if (copy.nullable === true && (copy.allOf || copy.$ref)) {
    const { nullable: _nullable, ...schema } = copy;
    return { anyOf: [schema, { type: 'null' }] };
  }
  return copy;
}

let shared: OpenApiContract | undefined;

/**
 * Every response `app.inject` gives the tests is checked against the committed document; a violation throws.
 * The Nest application is a proxy: the check wraps its HTTP adapter, which every `app.inject` goes through.
 */
export function enforceOpenApiContract(app: { getHttpAdapter(): unknown }): void {
  shared ??= OpenApiContract.committed();
  const contract = shared;
  const adapter = app.getHttpAdapter() as { inject: (options: InjectOptions | string) => Promise<InjectResponse> };
  const inject = adapter.inject.bind(adapter);
  adapter.inject = async (options) => {
    const request: InjectOptions = typeof options === 'string' ? { method: 'GET', url: options } : options;
    const response = await inject(request);
    const url = typeof request.url === 'string' ? request.url : String(request.path ?? '');
    const problems = contract.violations(
      String(request.method ?? 'GET'),
      url,
      response.statusCode,
      response.headers['content-type'] as string | undefined,
      response.body,
    );
    if (problems.length > 0) {
      throw new Error(
        `The response breaks openapi.json:\n- ${problems.join('\n- ')}\nBody: ${response.body.slice(0, 500)}`,
      );
    }
    return response;
  };
}
