import { Injectable } from '@nestjs/common';
import { BuildingsService } from '@modules/buildings';
import { OrganizationsService, slugify } from '@modules/identity';
import { brusselsDate, type TenantContext } from '../../../shared/domain';
import { ConvocationLanguage, ConvocationRenderer } from '../domain/convocation';
import { MeetingCancelled } from '../domain/meeting.errors';
import { MeetingsService } from './meetings.service';

export interface ConvocationFile {
  readonly fileName: string;
  readonly pdf: Buffer;
}

/** The convocation letter of a meeting, with its agenda and a proxy form, as the organization sends it. */
@Injectable()
export class ConvocationService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly buildings: BuildingsService,
    private readonly organizations: OrganizationsService,
    private readonly renderer: ConvocationRenderer,
  ) {}

  /** Any reader of the meeting may download it; a cancelled meeting has none (409). */
  async pdf(tenant: TenantContext, meetingId: string, lang: ConvocationLanguage): Promise<ConvocationFile> {
    const meeting = await this.meetings.get(tenant, meetingId);
    if (meeting.status === 'cancelled') throw new MeetingCancelled();
    const building = await this.buildings.getForDocument(tenant, meeting.buildingId);
    const { name: organizationName, ...issuer } = await this.organizations.letterheadOf(tenant.organizationId);
    const pdf = await this.renderer.render({
      organizationName,
      issuer,
      building: {
        name: building.name,
        address: building.address,
        postalCode: building.postalCode,
        city: building.city,
        associationBce: building.associationBce,
      },
      meeting: {
        type: meeting.type,
        title: meeting.title,
        scheduledAt: meeting.scheduledAt,
        location: meeting.location,
        remoteUrl: meeting.remoteUrl,
        isSecondConvocation: meeting.isSecondConvocation,
      },
      agenda: meeting.agenda,
      lang,
    });
    const slug = slugify(building.name) || 'building';
    return { fileName: `${FILE_WORD[lang]}-${slug}-${brusselsDate(meeting.scheduledAt)}.pdf`, pdf };
  }
}

// The file name is the first thing an owner sees in a mail client: "convocation" in French (and in English, where the
// word is understood), "oproeping" in Dutch.
const FILE_WORD: Record<ConvocationLanguage, string> = { fr: 'convocation', nl: 'oproeping', en: 'convocation' };
