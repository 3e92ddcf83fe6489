import type { MultipartFile } from '@fastify/multipart';
import { HttpException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiException, validationFailed } from '@shared/http/api-exception';
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
    throw asMalformed(error);
  }
  if (!file || file.fieldname !== FILE_FIELD) {
    if (file) file.file.destroy();
    throw validationFailed([{ field: FILE_FIELD, message: 'file is required: the statement, in a part named file' }]);
  }
  try {
    return await work(contentOf(file, maxBytes));
  } finally {
    if (!file.file.destroyed) file.file.destroy();
  }
}

async function* contentOf(file: MultipartFile, maxBytes: number): AsyncIterable<Uint8Array> {
  const chunks = file.file[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<unknown>;
    try {
      next = await chunks.next();
    } catch (error) {
      throw asMalformed(error);
    }
    if (next.done) break;
    yield next.value as Uint8Array;
  }
  if (file.file.truncated) throw new StatementTooLarge(maxBytes);
}

/** The multipart parser's complaints about a broken body are the client's fault: 400, not 500. */
function asMalformed(error: unknown): unknown {
  const parser =
    error instanceof Error && !('statusCode' in error) && !('code' in error) && !(error instanceof HttpException);
  if (!parser || !/multipart|part header|boundary/i.test(error.message)) return error;
  return new ApiException(400, 'MALFORMED_MULTIPART', 'The multipart body is malformed or incomplete');
}
