import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../../../shared/http/validation';
import { ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

/** The body of PUT /owners/:id/consent: the owner's written consent to receive convocations and letters by e-mail. */
export class GiveConsentRequest {
  /**
   * The only channel that needs a consent.
   * @example "email"
   */
  @IsIn(['email'])
  channel!: 'email';

  /** The day the owner signed, YYYY-MM-DD; not in the future. */
  @IsCalendarDate()
  @ApiDay()
  givenOn!: string;

  /** The signed consent, a document of the organization. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  documentId?: string;
}
