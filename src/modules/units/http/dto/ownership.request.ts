import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { IsShare } from '../validation';
import { IsCalendarDate } from '../../../../shared/http/validation';

/** The body of POST /units/:id/owners. */
export class AddOwnershipRequest {
  @IsUUID()
  ownerId!: string;

  /** Percentage above 0 and at most 100, up to 4 decimals: "33.3333" or 60. */
  @IsShare()
  share!: string | number;

  /** First day of the ownership, YYYY-MM-DD; today by default. */
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  /** The co-owner the syndic writes to for this unit. */
  @IsOptional()
  @IsBoolean()
  isPrimaryContact?: boolean;
}

/** The body of POST /units/:id/owners/transfer: the seller's whole share goes to the buyer on `date`. */
export class TransferOwnershipRequest {
  @IsUUID()
  fromOwnerId!: string;

  @IsUUID()
  toOwnerId!: string;

  /** Day of the sale, YYYY-MM-DD: the seller's last day is the day before. */
  @IsCalendarDate()
  date!: string;
}
