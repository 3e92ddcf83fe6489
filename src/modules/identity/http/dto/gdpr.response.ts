import { ApiProperty } from '@nestjs/swagger';
import { ApiId, ApiTimestamp } from '../../../../shared/http/api-property.decorators';
export class PersonalDataExportResponse {
  @ApiTimestamp()
  exportedAt!: string;
  /** The account as stored (the password hash is never exported). */
  @ApiProperty({
    example: { id: '0b6f3c1e-2d4a-4f8b-9c3e-5a7d1e2f3b4c', email: 'sophie.peeters@example.be', firstName: 'Sophie' },
  })
  user!: Record<string, unknown>;
  /** Data other parts of KoproGo hold about the person, by section (e.g. owners). */
  @ApiProperty({ example: { owners: [{ firstName: 'Sophie', lastName: 'Peeters', phone: '+32 475 12 34 56' }] } })
  sections!: Record<string, unknown>;
}

export class ErasureResponse {
  @ApiId()
  userId!: string;
  @ApiTimestamp()
  anonymizedAt!: string;
  /**
   * What was replaced.
   * @example ["email", "firstName", "lastName", "password"]
   */
  anonymized!: string[];
  /**
   * What the law requires to keep.
   * @example ["the account id in the audit of accounting writes"]
   */
  kept!: string[];
}
