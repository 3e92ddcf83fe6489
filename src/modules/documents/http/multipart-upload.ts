import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { ApiException, FieldError, validationFailed } from '@shared/http/api-exception';
import { asMalformedMultipart, multipartContent } from '@shared/http/multipart';
import { fieldErrorsOf } from '@shared/http/validation-errors';
import type { ByteSource } from '../domain/document-storage';
import type { DocumentSnapshot } from '../domain/document';
import { DocumentTooLarge } from '../domain/document.errors';
import type { StagedContent } from '../application/document.inputs';
import { UploadDocumentRequest } from './dto/upload-document.request';

export interface UploadForm {
  readonly fields: UploadDocumentRequest;
  /** As the client named it; the service sanitises it and never uses it as a path. */
  readonly fileName: string;
}

/** What the route does with the file part as it arrives (streamed, never buffered whole) and with the whole form. */
export interface UploadSteps {
  stage(content: ByteSource): Promise<StagedContent>;
  file(form: UploadForm, content: StagedContent): Promise<DocumentSnapshot>;
}

const FILE_FIELD = 'file';

/**
 * Reads the form, its fields in any order around the file part (as Swagger UI and generated clients send them): the
 * file is staged as it streams, the fields after it are read, then the whole form is validated and filed. Fields
 * that came before the file and are already wrong refuse the upload before a byte of it is read. Staged bytes are
 * discarded whenever the upload is refused; whatever of the file is not read is dropped.
 */
export async function withUploadForm(
  request: FastifyRequest,
  maxBytes: number,
  steps: UploadSteps,
): Promise<DocumentSnapshot> {
  if (!request.isMultipart?.()) {
    throw new ApiException(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the document as multipart/form-data');
  }
  const values: MultipartValue[] = [];
  let part: MultipartFile | undefined;
  let content: StagedContent | undefined;
  let fileName = '';
  try {
    // Up to one byte more than the limit, so that busboy's truncation is never mistaken for a complete file.
    for await (const next of request.parts({ limits: { fileSize: maxBytes + 1, files: 2, fields: 10 } })) {
      if (next.type !== 'file') {
        values.push(next);
        continue;
      }
      part = next;
      if (content) throw validationFailed([{ field: FILE_FIELD, message: 'file must be sent once' }]);
      if (part.fieldname !== FILE_FIELD)
        throw validationFailed([{ field: FILE_FIELD, message: `the file part must be named ${FILE_FIELD}` }]);
      await refuseWrongFields(values);
      fileName = part.filename;
      content = await steps.stage(multipartContent(part, () => new DocumentTooLarge(maxBytes)));
    }
    const fields = await validForm(values, content !== undefined);
    return await steps.file({ fields, fileName }, content as StagedContent);
  } catch (error) {
    throw asMalformedMultipart(error);
  } finally {
    if (part && !part.file.destroyed) part.file.destroy();
    // A no-op once the service has filed (or discarded) the content.
    await content?.staged.discard();
  }
}

/** Field errors among the fields read so far, except absence: fields after the file may still bring those. */
async function refuseWrongFields(values: readonly MultipartValue[]): Promise<void> {
  const errors = (await formErrorsOf(values)).filter((error) => !error.missing);
  if (errors.length) throw validationFailed(errors.map(({ missing: _, ...error }) => error));
}

async function validForm(values: readonly MultipartValue[], withFile: boolean): Promise<UploadDocumentRequest> {
  const errors: FieldError[] = (await formErrorsOf(values)).map(({ missing: _, ...error }) => error);
  if (!withFile) errors.push({ field: FILE_FIELD, message: 'file is required' });
  if (errors.length) throw validationFailed(errors);
  return plainToInstance(UploadDocumentRequest, plainOf(values));
}

function plainOf(values: readonly MultipartValue[]): Record<string, unknown> {
  return Object.fromEntries(values.map((value) => [value.fieldname, value.value]));
}

async function formErrorsOf(values: readonly MultipartValue[]): Promise<Array<FieldError & { missing?: boolean }>> {
  const errors: Array<FieldError & { missing?: boolean }> = [];
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value.fieldname))
      errors.push({ field: value.fieldname, message: `${value.fieldname} must be sent once` });
    if (value.valueTruncated) errors.push({ field: value.fieldname, message: `${value.fieldname} is too long` });
    seen.add(value.fieldname);
  }
  const refused = await validate(plainToInstance(UploadDocumentRequest, plainOf(values)), {
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: true, value: false },
  });
  return [...errors, ...fieldErrorsOf(refused).map((error) => ({ ...error, missing: !seen.has(error.field) }))];
}
