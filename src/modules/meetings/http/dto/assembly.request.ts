import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, Trim } from '../../../../shared/http/validation';
import { PageQuery } from '../../../../shared/http/page.query';
import { MAX_AGENDA_ITEMS } from '../../domain/agenda';
import { DISPATCH_SORTS, DispatchSort } from '../../domain/assembly.repository';
import { ATTENDANCE_STATUSES, AttendanceStatus } from '../../domain/attendance';
import { DISPATCH_CHANNELS, DispatchChannel } from '../../domain/dispatch';
import { WITH_ZONE } from '../validation';
import { ApiDay, ApiId, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

/** POST /meetings/:id/dispatches: convokes every owner of the building not convoked yet. */
export class ConvokeRequest {
  /**
   * The Brussels calendar day the letters leave (YYYY-MM-DD): today by default, or a planned or past day. The
   * assembly must come at least max(15, the building's noticeDays) days later (Civil Code art. 3.87 §3).
   */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  sentOn?: string;

  /** One channel for all; by default each owner's: e-mail while its written consent is in force, else registered mail. */
  @IsOptional()
  @IsIn(DISPATCH_CHANNELS)
  channel?: DispatchChannel;
}

export class DispatchListQuery extends PageQuery {
  /** Sort field; sentOn by default, oldest first. */
  @IsOptional()
  @IsIn(DISPATCH_SORTS)
  sort?: DispatchSort;
}

/** PUT /meetings/:id/dispatches/:dispatchId. */
export class DispatchProofRequest {
  /** The registered-mail number or the e-mail receipt id, 1 to 255 characters. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  proof!: string;
}

/** Who holds a written proxy: a co-owner (ownerId, listed present) or someone else, by name. Exactly one of them. */
export class ProxyHolderRequest {
  /** A co-owner listed present. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  ownerId?: string;

  /** 1 to 255 characters. */
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name?: string;
}

export class AttendanceEntryRequest {
  /** An owner of the building on the assembly date. */
  @IsUUID()
  @ApiId()
  ownerId!: string;

  @IsIn(ATTENDANCE_STATUSES)
  status!: AttendanceStatus;

  /** Required when represented (Civil Code art. 3.87 §7), refused otherwise. */
  @IsOptional()
  @ValidateNested()
  @Type(() => ProxyHolderRequest)
  proxyHolder?: ProxyHolderRequest | null;
}

/** PUT /meetings/:id/attendance: the whole list (it replaces the previous one); an owner left out is absent. */
export class AttendanceRequest {
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryRequest)
  entries!: AttendanceEntryRequest[];
}

/** PUT /meetings/:id/open: who chairs the assembly and who keeps its minutes (both optional). */
export class OpenMeetingRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(255)
  chair?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(255)
  secretary?: string | null;
}

/** POST /meetings/:id/second-convocation. */
export class SecondConvocationRequest {
  /** ISO 8601 timestamp with its zone, at least 15 Brussels calendar days after the first assembly (art. 3.87 §5). */
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(WITH_ZONE, { message: 'scheduledAt must be an ISO 8601 timestamp with a time zone' })
  @ApiTimestamp({ example: '2027-01-12T18:30:00+01:00' })
  scheduledAt!: string;

  /** Where the second assembly is held, 1 to 255 characters. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  location!: string;

  /** Items of the first agenda to deliberate on, in order; all of them when absent. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_AGENDA_ITEMS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  @ApiId({ isArray: true, required: false, example: ['0b6f3c1e-2d4a-4f8b-9c3e-5a7d1e2f3b4c'] })
  agendaItemIds?: string[];
}
