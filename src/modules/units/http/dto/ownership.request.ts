import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { IsShare } from '../validation';
import { IsCalendarDate } from '../../../../shared/http/validation';
import { ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

/** The body of POST /units/:id/owners. */
export class AddOwnershipRequest {
  @IsUUID()
  @ApiId()
  ownerId!: string;

  @IsShare()
  @ApiProperty({
    description: 'Percentage above 0 and at most 100, up to 4 decimals: "33.3333" or 60.',
    oneOf: [
      { type: 'number', exclusiveMinimum: true, minimum: 0, maximum: 100 },
      { type: 'string', pattern: '^\\d{1,3}(\\.\\d{1,4})?$' },
    ],
    example: '33.3333',
  })
  share!: string | number;

  /** First day of the ownership, YYYY-MM-DD; today by default. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  startDate?: string;

  /**
   * The co-owner the syndic writes to for this unit.
   * @example true
   */
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
