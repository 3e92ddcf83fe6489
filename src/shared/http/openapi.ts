import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_PATH = 'api/v1/openapi.json';

/**
 * The Swagger plugin's description of the DTOs (properties, JSDoc). It names every context's DTOs, so the
 * application hands it in: the shared kernel knows no module.
 */
export type OpenApiMetadata = () => Promise<Record<string, unknown>>;

/**
 * The groups of operations, in the order the docs show them. A new context adds its tag here with one sentence for
 * integrators (the lint test refuses an operation whose tag is not listed).
 */
export const API_TAGS: ReadonlyArray<{ name: string; description: string }> = [
  { name: 'auth', description: 'Sign in, refresh and end sessions; the signed-in account.' },
  { name: 'organizations', description: 'Syndic firms on the platform (platform superadmin) and their letterhead.' },
  { name: 'users', description: 'Accounts of an organization, their roles, GDPR export and erasure.' },
  { name: 'buildings', description: 'Co-ownership buildings, their totals, lots and closed books.' },
  { name: 'units', description: 'Units (lots) with their dated quotas, co-owners and representative.' },
  { name: 'owners', description: 'Co-owners, their contact data and their consent to e-mail.' },
  { name: 'expenses', description: 'Expenses, their distribution to the cent, distribution keys and statements.' },
  {
    name: 'meetings',
    description:
      'General assemblies: agenda, convocation register, attendance and proxies, quorum, resolutions and votes, letters and minutes.',
  },
  { name: 'documents', description: 'Files of a building: upload, metadata and download.' },
  { name: 'pcn', description: 'The Belgian chart of accounts (PCN) and the reports by account (JSON, PDF, Excel).' },
  {
    name: 'funds',
    description:
      'Working-capital and reserve funds, calls for funds with structured communications, payments, owner ledgers, arrears and letters.',
  },
  {
    name: 'bank-statements',
    description: 'Bank statements (CODA, CAMT.053) and the reconciliation queue of their movements.',
  },
  {
    name: 'accounting',
    description:
      'The co-ownership chart of accounts (versioned, FR/NL), the journal of each building with its automatic postings and manual entries, and the trial balance.',
  },
  { name: 'platform', description: 'Health probes and the demo data.' },
];

/** Builds the document; DTO schemas come from the plugin metadata the application passes in. */
export async function buildOpenApiDocument(app: INestApplication, metadata: OpenApiMetadata): Promise<OpenAPIObject> {
  await SwaggerModule.loadPluginMetadata(metadata);
  const config = new DocumentBuilder()
    .setTitle('KoproGo API')
    .setDescription(
      'Manage Belgian co-ownership buildings: units and quotas, co-owners, charges split to the cent, general ' +
        'assemblies, documents and PCN reports. Errors are RFC 9457 problem details (application/problem+json).',
    )
    .setVersion('1.0.0')
    .setLicense('AGPL-3.0-only', 'https://www.gnu.org/licenses/agpl-3.0.html')
    .addServer('/', 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    // Every operation needs the access token unless it says `security: []` (sign-in, refresh, health).
    .addSecurityRequirements('bearer');
  for (const tag of API_TAGS) config.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, config.build(), {
    operationIdFactory: (controllerKey: string, methodKey: string) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
    autoTagControllers: false,
  });
  return withTransportProblems(withIdentifierParameters(document));
}

const TRANSPORT_PROBLEMS = {
  413: ['BodyTooLarge', 'The body is larger than the server accepts (MAX_JSON_KB for JSON, MAX_UPLOAD_MB for uploads)'],
  414: ['PathParameterTooLong', 'A path parameter is longer than the server reads'],
  415: ['UnsupportedContentType', 'The body is not in a content type the operation accepts'],
  431: ['HeadersTooLarge', 'The request headers are larger than the server reads'],
  503: [
    'ServiceUnavailable',
    'The database is down, restarting, frozen or too busy (DATABASE_UNAVAILABLE, DATABASE_BUSY): retry after the seconds of Retry-After',
  ],
} as const;

/**
 * Refusals the HTTP layer gives before any route runs, as problem details like every error: any request's headers
 * can be too large (431), any body too large (413) or of a content type the operation does not read (415), and any
 * path parameter too long (414), and any request may meet a database that is down or too busy (503, with Retry-After).
 * Each is described once, in components.responses.
 */
function withTransportProblems(document: OpenAPIObject): OpenAPIObject {
  const responses = (document.components ??= {}).responses ?? {};
  for (const [name, description] of Object.values(TRANSPORT_PROBLEMS)) {
    responses[name] = {
      description,
      ...(name === 'ServiceUnavailable'
        ? {
            headers: {
              'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } },
            },
          }
        : {}),
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetailsSchema' } } },
    };
  }
  document.components.responses = responses;
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch]) {
      if (!operation) continue;
      const statuses: (keyof typeof TRANSPORT_PROBLEMS)[] = [431, 503];
      if (operation.requestBody) statuses.push(413, 415);
      if (operation.parameters?.some((parameter) => 'in' in parameter && parameter.in === 'path')) statuses.push(414);
      for (const status of statuses) {
        operation.responses[status] ??= { $ref: `#/components/responses/${TRANSPORT_PROBLEMS[status][0]}` };
      }
      operation.responses = Object.fromEntries(
        Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)),
      ) as typeof operation.responses;
    }
  }
  return document;
}

/**
 * Path parameters named `id` or `…Id` are the uuids every route checks with `uuidParam`/`ParseUUIDPipe` (any other
 * spelling answers 400 VALIDATION_FAILED): the document says so, which Nest cannot read from the pipe.
 */
function withIdentifierParameters(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch]) {
      for (const parameter of operation?.parameters ?? []) {
        if (!('in' in parameter) || parameter.in !== 'path' || !/^(id|\w+Id)$/.test(parameter.name)) continue;
        parameter.schema = { type: 'string', format: 'uuid' };
        parameter.description ??=
          parameter.name === 'id' ? 'The identifier of the resource.' : `The ${parameter.name}.`;
      }
    }
  }
  return document;
}

/** Serves the document at /api/v1/openapi.json and the interactive docs at /docs. */
export async function setUpOpenApi(app: INestApplication, metadata: OpenApiMetadata): Promise<void> {
  const document = await buildOpenApiDocument(app, metadata);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: OPENAPI_PATH,
    yamlDocumentUrl: 'api/v1/openapi.yaml',
    useGlobalPrefix: false,
    customSiteTitle: 'KoproGo API',
    // About 140 operations: the page opens on the list of tags (each expands on a click) with a filter box, which
    // keeps it quick to read and to render.
    swaggerOptions: { docExpansion: 'none', filter: true },
  });
}
