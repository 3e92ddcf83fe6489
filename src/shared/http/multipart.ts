import type { MultipartFile } from '@fastify/multipart';
import { HttpException } from '@nestjs/common';
import { ApiException } from './api-exception';

/**
 * The bytes of an uploaded part as they stream in. A parser error on the way is the client's broken body (400); a
 * part the parser cut at its size limit ends with `tooLarge()` (413), a guard behind the storage's own byte count.
 */
export async function* multipartContent(file: MultipartFile, tooLarge: () => Error): AsyncIterable<Uint8Array> {
  const chunks = file.file[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<unknown>;
    try {
      next = await chunks.next();
    } catch (error) {
      throw asMalformedMultipart(error);
    }
    if (next.done) break;
    yield next.value as Uint8Array;
  }
  if (file.file.truncated) throw tooLarge();
}

/**
 * The multipart parser's own complaints (a body cut short, a broken part header, a missing boundary) are the client's
 * fault: 400, not 500. Limits and our own refusals keep their answer.
 */
export function asMalformedMultipart(error: unknown): unknown {
  const parser =
    error instanceof Error && !('statusCode' in error) && !('code' in error) && !(error instanceof HttpException);
  if (!parser || !/multipart|part header|boundary/i.test(error.message)) return error;
  return new ApiException(400, 'MALFORMED_MULTIPART', 'The multipart body is malformed or incomplete');
}
