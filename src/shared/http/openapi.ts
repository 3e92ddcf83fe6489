import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_PATH = 'api/v1/openapi.json';

/** Builds the document; DTO schemas come from the Swagger plugin's metadata (src/metadata.ts, `npm run openapi`). */
export async function buildOpenApiDocument(app: INestApplication): Promise<OpenAPIObject> {
  // The generated module's default export is the function that builds the metadata: call it, do not pass the module.
  await SwaggerModule.loadPluginMetadata(async () => (await import('../../metadata')).default());
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
export async function setUpOpenApi(app: INestApplication): Promise<void> {
  const document = await buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: OPENAPI_PATH,
    yamlDocumentUrl: 'api/v1/openapi.yaml',
    useGlobalPrefix: false,
    customSiteTitle: 'KoproGo API',
  });
}
