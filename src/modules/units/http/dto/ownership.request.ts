import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { IsShare } from '../validation';
import { IsCalendarDate } from '../../../../shared/http/validation';
import { ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

/** The body of POST /units/:id/owners. */
export class AddOwnershipRequest {
  @IsUUID()
  @ApiId()
  ownerId!: string;

  /** Percentage above 0 and at most 100, up to 4 decimals: "33.3333" or 60. */
  @IsShare()
  share!: string | number;

  /** First day of the ownership, YYYY-MM-DD; today by default. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  startDate?: string;

  /** The co-owner the syndic writes to for this unit. */
  @IsOptional()
  @IsBoolean()
  isPrimaryContact?: boolean;
}

/** The body of POST /units/:id/owners/transfer: the seller's whole share goes to the buyer on `date`. */
export class TransferOwnershipRequest {
  @IsUUID()
  @ApiId()
  fromOwnerId!: string;

  @IsUUID()
  @ApiId()
  toOwnerId!: string;

  /** Day of the sale, YYYY-MM-DD: the seller's last day is the day before. */
  @IsCalendarDate()
  @ApiDay()
  date!: string;
}
