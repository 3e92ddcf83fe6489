import { ApiId, ApiTimestamp } from '../../../../shared/http/api-property.decorators';
export class PersonalDataExportResponse {
  @ApiTimestamp()
  exportedAt!: string;
  /** The account as stored (the password hash is never exported). */
  user!: Record<string, unknown>;
  /** Data other parts of KoproGo hold about the person, by section (e.g. owners). */
  sections!: Record<string, unknown>;
}

export class ErasureResponse {
  @ApiId()
  userId!: string;
  @ApiTimestamp()
  anonymizedAt!: string;
  /** What was replaced. */
  anonymized!: string[];
  /** What the law requires to keep. */
  kept!: string[];
}
