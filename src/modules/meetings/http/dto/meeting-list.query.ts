import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { MEETING_STATUSES, MEETING_TYPES, MeetingStatus, MeetingType } from '../../domain/meeting';
import { MEETING_SORTS, MeetingSort } from '../../domain/meeting.repository';
import { CALENDAR_DATE } from '../validation';
import { ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

/** Filters of a building's meetings (`GET /buildings/:id/meetings`). */
export class BuildingMeetingsQuery extends PageQuery {
  /** Sort field; scheduledAt by default, newest first (title sorts ascending by default). */
  @IsOptional()
  @IsIn(MEETING_SORTS)
  sort?: MeetingSort;

  /** Only meetings in this state. */
  @IsOptional()
  @IsIn(MEETING_STATUSES)
  status?: MeetingStatus;

  /** Only ordinary or only extraordinary assemblies. */
  @IsOptional()
  @IsIn(MEETING_TYPES)
  type?: MeetingType;

  /** First calendar day (YYYY-MM-DD, inclusive) of scheduledAt, in Brussels time. */
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'from must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  @ApiDay({ required: false })
  from?: string;

  /** Last calendar day (YYYY-MM-DD, inclusive) of scheduledAt, in Brussels time; not before from. */
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'to must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  @ApiDay({ required: false })
  to?: string;
}

export class MeetingListQuery extends BuildingMeetingsQuery {
  /** Only this building's meetings. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  buildingId?: string;
}

export class ConvocationQuery {
  /** Language of the letter (fr, nl or en); by default from Accept-Language, else fr. */
  @IsOptional()
  @IsIn(['fr', 'nl', 'en'])
  lang?: 'fr' | 'nl' | 'en';
}
