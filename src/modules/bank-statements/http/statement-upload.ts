import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ApiException, validationFailed } from '@shared/http/api-exception';
import { asMalformedMultipart, multipartContent } from '@shared/http/multipart';
import { StatementTooLarge } from '../domain/bank-statement.errors';

const FILE_FIELD = 'file';

/**
 * Streams the part named `file` of a multipart/form-data body to `work` (no other field is read). Parts beyond the
 * limit are cut by the multipart parser one byte past it, so a truncated file is never taken for a whole one; what
 * `work` leaves unread is dropped when it settles.
 */
export async function withStatementFile<T>(
  request: FastifyRequest,
  maxBytes: number,
  work: (content: AsyncIterable<Uint8Array>) => Promise<T>,
): Promise<T> {
  if (!request.isMultipart?.()) {
    throw new ApiException(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the statement as multipart/form-data');
  }
  let file: MultipartFile | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes + 1, files: 1, fields: 5 } })) {
      if (part.type === 'file') {
        file = part;
        break;
      }
    }
  } catch (error) {
    throw asMalformedMultipart(error);
  }
  if (!file || file.fieldname !== FILE_FIELD) {
    if (file) file.file.destroy();
    throw validationFailed([{ field: FILE_FIELD, message: 'file is required: the statement, in a part named file' }]);
  }
  try {
    return await work(multipartContent(file, () => new StatementTooLarge(maxBytes)));
  } finally {
    if (!file.file.destroyed) file.file.destroy();
  }
}

