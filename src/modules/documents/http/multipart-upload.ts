import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import { HttpException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { ApiException, FieldError, validationFailed } from '@shared/http/api-exception';
import type { ByteSource } from '../domain/document-storage';
import { DocumentTooLarge } from '../domain/document.errors';
import { UploadDocumentRequest } from './dto/upload-document.request';

export interface UploadForm {
  readonly fields: UploadDocumentRequest;
  /** As the client named it; the service sanitises it and never uses it as a path. */
  readonly fileName: string;
  /** The file part as it arrives, never buffered whole. */
  readonly content: ByteSource;
}

const FILE_FIELD = 'file';

/**
 * Reads the form fields (which must come before the file part), validates them, then lets `work` stream the file.
 * Whatever `work` does not read is dropped when it settles, so the rest of the request is never processed.
 */
export async function withUploadForm<T>(
  request: FastifyRequest,
  maxBytes: number,
  work: (form: UploadForm) => Promise<T>,
): Promise<T> {
  if (!request.isMultipart?.()) {
    throw new ApiException(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the document as multipart/form-data');
  }
  const values: MultipartValue[] = [];
  let file: MultipartFile | undefined;
  // Up to one byte more than the limit, so that busboy's truncation is never mistaken for a complete file.
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes + 1, files: 1, fields: 10 } })) {
      if (part.type === 'file') {
        file = part;
        break;
      }
      values.push(part);
    }
  } catch (error) {
    throw asMalformed(error);
  }
  try {
    const form = await validForm(values, file);
    return await work({ fields: form.fields, fileName: form.file.filename, content: contentOf(form.file, maxBytes) });
  } finally {
    if (file && !file.file.destroyed) file.file.destroy();
  }
}

async function* contentOf(file: MultipartFile, maxBytes: number): ByteSource {
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
  // Storage refuses the byte past the limit itself; this only guards against a parser that cut the file short.
  if (file.file.truncated) throw new DocumentTooLarge(maxBytes);
}

/**
 * The multipart parser's own complaints (a body cut short, a broken part header, a missing boundary) are the client's
 * fault: 400, not 500. Limits and our own refusals keep their answer.
 */
function asMalformed(error: unknown): unknown {
  const parser =
    error instanceof Error && !('statusCode' in error) && !('code' in error) && !(error instanceof HttpException);
  if (!parser || !/multipart|part header|boundary/i.test(error.message)) return error;
  return new ApiException(400, 'MALFORMED_MULTIPART', 'The multipart body is malformed or incomplete');
}

async function validForm(
  values: readonly MultipartValue[],
  file: MultipartFile | undefined,
): Promise<{ fields: UploadDocumentRequest; file: MultipartFile }> {
  const errors: FieldError[] = [];
  const plain: Record<string, unknown> = {};
  for (const value of values) {
    if (value.fieldname in plain)
      errors.push({ field: value.fieldname, message: `${value.fieldname} must be sent once` });
    if (value.valueTruncated) errors.push({ field: value.fieldname, message: `${value.fieldname} is too long` });
    plain[value.fieldname] = value.value;
  }
  if (!file) errors.push({ field: FILE_FIELD, message: 'file is required, as the last part of the form' });
  else if (file.fieldname !== FILE_FIELD)
    errors.push({ field: FILE_FIELD, message: `the file part must be named ${FILE_FIELD}` });
  const fields = plainToInstance(UploadDocumentRequest, plain);
  const refused = await validate(fields, {
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
  });
  errors.push(...refused.flatMap(fieldErrors));
  if (errors.length || !file) throw validationFailed(errors);
  return { fields, file };
}

function fieldErrors(error: ValidationError): FieldError[] {
  return Object.values(error.constraints ?? {}).map((message) => ({ field: error.property, message }));
}
