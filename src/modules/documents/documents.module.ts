import { Logger, Module } from '@nestjs/common';
import { BuildingsModule } from '@modules/buildings';
import { ExpensesModule } from '@modules/expenses';
import { MeetingsModule } from '@modules/meetings';
import { AppConfig } from '../../config/app-config';
import { DocumentsService } from './application/documents.service';
import { DocumentLinks } from './domain/document-links';
import { DocumentStorage } from './domain/document-storage';
import { DocumentRepository } from './domain/document.repository';
import { UploadLimits } from './domain/upload-limits';
import { registerDocumentProblems } from './http/document-problems';
import { DocumentsController } from './http/documents.controller';
import { FacadeDocumentLinks } from './infrastructure/facade-document.links';
import { LocalFileStorage } from './infrastructure/local-file.storage';
import { PostgresDocumentRepository } from './infrastructure/postgres-document.repository';

const storageLogger = new Logger('DocumentStorage');

/** Documents of buildings: metadata in PostgreSQL, bytes in the document storage, uploads and downloads streamed. */
@Module({
  imports: [BuildingsModule, MeetingsModule, ExpensesModule],
  controllers: [DocumentsController],
  providers: [
    DocumentsService,
    { provide: DocumentRepository, useClass: PostgresDocumentRepository },
    { provide: DocumentLinks, useClass: FacadeDocumentLinks },
    {
      provide: DocumentStorage,
      useFactory: async (config: AppConfig): Promise<DocumentStorage> => {
        const warn = (message: string, error: unknown) => storageLogger.warn({ err: error }, message);
        const s3 = config.s3Storage;
        if (!s3) return new LocalFileStorage({ dir: config.storageDir, warn });
        // The AWS SDK (about 4 MB of live heap) is loaded only by the instances that store documents in S3.
        const { createS3Client, S3DocumentStorage } = await import('./infrastructure/s3-storage');
        return new S3DocumentStorage({ client: createS3Client(s3), bucket: s3.bucket, warn });
      },
      inject: [AppConfig],
    },
    {
      provide: UploadLimits,
      useFactory: (config: AppConfig): UploadLimits => ({ maxBytes: config.maxUploadBytes }),
      inject: [AppConfig],
    },
  ],
  exports: [DocumentsService],
})
export class DocumentsModule {
  constructor() {
    registerDocumentProblems();
  }
}
