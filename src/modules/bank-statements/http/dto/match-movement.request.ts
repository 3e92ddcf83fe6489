import { IsOptional, IsUUID } from 'class-validator';
import { ApiId } from '../../../../shared/http/api-property.decorators';

/** Exactly one of callItemId, ownerId and expenseId (else 400 VALIDATION_FAILED). */
export class MatchMovementRequest {
  /** A credit: the call item of the building the payment goes to first; the rest to the owner's oldest due items. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  callItemId?: string;

  /** A credit: the owner whose payment it is; it goes to that owner's oldest due call items in the building. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  ownerId?: string;

  /** A debit: the unpaid invoice of the building it pays, of exactly the debit's amount. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  expenseId?: string;
}
