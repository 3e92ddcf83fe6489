import { ApiProperty } from '@nestjs/swagger';

/** The multipart form of a statement import, for the OpenAPI document only (other fields are ignored, in any order). */
export class StatementUploadForm {
  /** A Belgian CODA file (Febelfin Standard CODA 2) or an ISO 20022 CAMT.053 document, recognised from its content. */
  @ApiProperty({ type: 'string', format: 'binary' })
  file!: unknown;
}
