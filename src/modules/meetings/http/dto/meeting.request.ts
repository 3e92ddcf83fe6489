import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MAX_AGENDA_ITEMS } from '../../domain/agenda';
import { MEETING_TYPES, MeetingType } from '../../domain/meeting';
import { WITH_ZONE } from '../validation';
import { Trim } from '../../../../shared/http/validation';
import { AgendaItemRequest } from './agenda.request';
import { ApiId, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

/** The editable fields of a meeting (PUT /meetings/:id replaces them all). */
export class ReviseMeetingRequest {
  /**
   * Ordinary (AGO) or extraordinary (AGE) general assembly.
   * @example "ordinary"
   */
  @IsIn(MEETING_TYPES)
  type!: MeetingType;

  /**
   * 1 to 255 characters.
   * @example "Assemblée générale ordinaire 2026"
   */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  title!: string;

  /**
   * ISO 8601 timestamp with its zone, in the future (e.g. 2026-12-20T18:30:00+01:00). The notice delay is checked
   * when the convocations are sent (POST /meetings/:id/dispatches), not here.
   */
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(WITH_ZONE, { message: 'scheduledAt must be an ISO 8601 timestamp with a time zone' })
  @ApiTimestamp({ example: '2026-12-20T18:30:00+01:00' })
  scheduledAt!: string;

  /**
   * Where the assembly is held, 1 to 255 characters.
   * @example "Rue du Marché aux Herbes 61, 1000 Bruxelles, salle du rez-de-chaussée"
   */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  location!: string;

  /**
   * Link to join remotely; https only.
   * @example "https://meet.syndic-dubois.be/ago-erables-2026"
   */
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true, require_tld: true })
  @MaxLength(2048)
  remoteUrl?: string | null;

  /**
   * Urgent meetings may be convoked with less than the notice delay (art. 3.87 §3); they need an urgencyReason.
   * @example false
   */
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;

  /**
   * Why the meeting cannot wait the notice delay; required when urgent, refused otherwise.
   * @example "Infiltrations par la toiture à réparer avant la fin de novembre"
   */
  @ValidateIf(
    (body: ReviseMeetingRequest) =>
      body.urgent === true || (body.urgencyReason !== undefined && body.urgencyReason !== null),
  )
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'urgencyReason is required when the meeting is urgent' })
  @MaxLength(1000)
  urgencyReason?: string | null;
}

export class ScheduleMeetingRequest extends ReviseMeetingRequest {
  /** The building whose owners are convened; it cannot change afterwards. */
  @IsUUID()
  @ApiId()
  buildingId!: string;

  /** The agenda, in order; items can also be added later while the meeting is scheduled. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_AGENDA_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemRequest)
  agenda?: AgendaItemRequest[];

  /**
   * Only false: a second assembly after a first one without quorum is created with
   * POST /meetings/:id/second-convocation (true answers 400).
   * @example false
   */
  @IsOptional()
  @IsBoolean()
  isSecondConvocation?: boolean;

  /** Not accepted here (400): see POST /meetings/:id/second-convocation. */
  @ValidateIf(
    (body: ScheduleMeetingRequest) =>
      body.isSecondConvocation === true || (body.firstMeetingId !== undefined && body.firstMeetingId !== null),
  )
  @IsUUID()
  @ApiId({ nullable: true, required: false })
  firstMeetingId?: string | null;
}

export class CancelMeetingRequest {
  /**
   * Why the meeting is cancelled, 1 to 1000 characters.
   * @example "Salle indisponible, assemblée reportée au 10 janvier 2027"
   */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}
