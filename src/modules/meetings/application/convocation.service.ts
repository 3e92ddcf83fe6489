import { Injectable } from '@nestjs/common';
import { BuildingsService } from '@modules/buildings';
import { OrganizationsService, slugify } from '@modules/identity';
import { brusselsDate, type TenantContext } from '../../../shared/domain';
import { OwnersService } from '@modules/owners';
import { ConvocationLanguage, ConvocationLetter, ConvocationRenderer } from '../domain/convocation';
import { requiredNoticeDays } from '../domain/convocation-rules';
import type { MeetingSnapshot } from '../domain/meeting';
import { AssemblyService } from './assembly.service';
import { MeetingCancelled } from '../domain/meeting.errors';
import { MeetingsService } from './meetings.service';
import { documentHeader } from './document-header';

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
    private readonly owners: OwnersService,
    private readonly assemblies: AssemblyService,
    private readonly renderer: ConvocationRenderer,
  ) {}

  /** Any reader of the meeting may download it; a cancelled meeting has none (409). */
  async pdf(tenant: TenantContext, meetingId: string, lang: ConvocationLanguage): Promise<ConvocationFile> {
    const meeting = await this.meetings.get(tenant, meetingId);
    return this.render(tenant, meeting, lang);
  }

  /**
   * The letter of one convocation of the register: the owner's addressee block, the day and channel it left and the
   * notice delay of art. 3.87 §3. An owner reads only its own (404 for the others').
   */
  async pdfForDispatch(
    tenant: TenantContext,
    meetingId: string,
    dispatchId: string,
    lang: ConvocationLanguage,
  ): Promise<ConvocationFile> {
    const meeting = await this.meetings.get(tenant, meetingId);
    const dispatch = await this.assemblies.dispatch(tenant, meetingId, dispatchId);
    const owner = await this.owners.get(tenant, dispatch.ownerId);
    const { noticeDays } = await this.buildings.getForDocument(tenant, meeting.buildingId);
    const address = owner.address;
    const file = await this.render(tenant, meeting, lang, {
      name: `${owner.firstName} ${owner.lastName}`,
      addressLines: address
        ? [
            address.street,
            `${address.postalCode} ${address.city}`,
            ...(address.country === 'BE' ? [] : [address.country]),
          ]
        : dispatch.channel === 'email'
          ? [owner.email]
          : [],
      channel: dispatch.channel,
      sentOn: dispatch.sentOn,
      noticeDays: requiredNoticeDays(noticeDays),
    });
    const who = slugify(`${owner.lastName} ${owner.firstName}`) || 'owner';
    return { ...file, fileName: file.fileName.replace(/\.pdf$/, `-${who}.pdf`) };
  }

  private async render(
    tenant: TenantContext,
    meeting: MeetingSnapshot,
    lang: ConvocationLanguage,
    addressee?: ConvocationLetter['addressee'],
  ): Promise<ConvocationFile> {
    if (meeting.status === 'cancelled') throw new MeetingCancelled();
    const header = await documentHeader(this.buildings, this.organizations, tenant, meeting.buildingId);
    const pdf = await this.renderer.render({
      ...header,
      meeting: {
        type: meeting.type,
        title: meeting.title,
        scheduledAt: meeting.scheduledAt,
        location: meeting.location,
        remoteUrl: meeting.remoteUrl,
        isSecondConvocation: meeting.isSecondConvocation,
      },
      // A Dutch letter is Dutch throughout: the Dutch text of each item, the French one only where none was given.
      agenda: meeting.agenda.map((item) => ({
        position: item.position,
        title: lang === 'nl' ? (item.titleNl ?? item.title) : item.title,
        description:
          lang === 'nl' ? (item.descriptionNl ?? (item.titleNl ? null : item.description)) : item.description,
      })),
      lang,
      addressee,
      urgencyReason: meeting.urgent ? meeting.urgencyReason : null,
    });
    const slug = slugify(header.building.name) || 'building';
    return { fileName: `${FILE_WORD[lang]}-${slug}-${brusselsDate(meeting.scheduledAt)}.pdf`, pdf };
  }
}

// The file name is the first thing an owner sees in a mail client: "convocation" in French (and in English, where the
// word is understood), "oproeping" in Dutch.
const FILE_WORD: Record<ConvocationLanguage, string> = { fr: 'convocation', nl: 'oproeping', en: 'convocation' };
