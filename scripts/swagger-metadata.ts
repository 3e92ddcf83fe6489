import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator';
import { ReadonlyVisitor } from '@nestjs/swagger/plugin';

/** Runs the @nestjs/swagger CLI plugin over the sources and writes `<outputDir>/metadata.ts`. */
export function generateSwaggerMetadata(outputDir: string, sourceDir: string = outputDir): void {
  new PluginMetadataGenerator().generate({
    visitors: [
      new ReadonlyVisitor({
        introspectComments: true,
        classValidatorShim: true,
        dtoFileNameSuffix: ['.request.ts', '.response.ts', '.query.ts'],
        pathToSource: sourceDir,
      }),
    ],
    outputDir,
    tsconfigPath: process.env.OPENAPI_TSCONFIG ?? 'tsconfig.build.json',
    printDiagnostics: false,
  });
}
