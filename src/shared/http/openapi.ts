import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_PATH = 'api/v1/openapi.json';

/**
 * The Swagger plugin's description of the DTOs (properties, JSDoc). It names every context's DTOs, so the
 * application hands it in: the shared kernel knows no module.
 */
export type OpenApiMetadata = () => Promise<Record<string, unknown>>;

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
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey: string, methodKey: string) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

/** Serves the document at /api/v1/openapi.json and the interactive docs at /docs. */
export async function setUpOpenApi(app: INestApplication, metadata: OpenApiMetadata): Promise<void> {
  const document = await buildOpenApiDocument(app, metadata);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: OPENAPI_PATH,
    yamlDocumentUrl: 'api/v1/openapi.yaml',
    useGlobalPrefix: false,
    customSiteTitle: 'KoproGo API',
  });
}
