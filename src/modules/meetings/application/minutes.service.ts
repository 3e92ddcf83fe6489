import { Injectable } from '@nestjs/common';
import { BuildingsService } from '@modules/buildings';
import { OrganizationsService, slugify } from '@modules/identity';
import { OwnersService } from '@modules/owners';
import { UnitsService } from '@modules/units';
import { brusselsDate, type TenantContext } from '../../../shared/domain';
import { assemblyRoll, AssemblyRoll } from '../domain/assembly-roll';
import type { MeetingSnapshot } from '../domain/meeting';
import { MinutesDocument, MinutesLanguage, MinutesQuorum, MinutesRenderer, MinutesResolution } from '../domain/minutes';
import { challengeDeadline, minutesDueOn } from '../domain/minutes-deadlines';
import type { ResolutionSnapshot } from '../domain/resolution';
import { MinutesNotAvailable } from '../domain/resolution.errors';
import { AssemblyRollReader, ResolutionRepository } from '../domain/resolution.repository';
import { MeetingsService } from './meetings.service';
import { documentHeader } from './document-header';

export interface MinutesFile {
  readonly fileName: string;
  readonly pdf: Buffer;
}

const MAX_RESOLUTIONS = 1000;

/** The minutes of a completed assembly (art. 3.87 §10), from what was frozen at opening and the closed votes. */
@Injectable()
export class MinutesService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly resolutions: ResolutionRepository,
    private readonly rolls: AssemblyRollReader,
    private readonly buildings: BuildingsService,
    private readonly organizations: OrganizationsService,
    private readonly owners: OwnersService,
    private readonly units: UnitsService,
    private readonly renderer: MinutesRenderer,
  ) {}

  /** Any reader of the meeting may download them, once the meeting is completed (409 before). */
  async pdf(tenant: TenantContext, meetingId: string, lang: MinutesLanguage): Promise<MinutesFile> {
    const meeting = await this.meetings.get(tenant, meetingId);
    if (meeting.status !== 'completed') throw new MinutesNotAvailable(meeting.status);
    const header = await documentHeader(this.buildings, this.organizations, tenant, meeting.buildingId);
    const { rights, attendance } = await this.rolls.read(tenant.organizationId, meetingId);
    const roll = assemblyRoll(rights, attendance);
    const page = { page: 1, perPage: MAX_RESOLUTIONS, sort: 'createdAt', order: 'asc' } as const;
    // Only closed resolutions have a result to record.
    const closed = (await this.resolutions.listByMeeting(tenant.organizationId, meetingId, page)).items.filter(
      (resolution) => resolution.status !== 'open',
    );
    const names = await this.ownerNames(tenant, roll, closed);
    const suspended = await this.suspendedUnits(tenant, roll);
    const day = brusselsDate(meeting.scheduledAt);
    const minutes: MinutesDocument = {
      ...header,
      meeting: {
        type: meeting.type,
        title: meeting.title,
        scheduledAt: meeting.scheduledAt,
        location: meeting.location,
        isSecondConvocation: meeting.isSecondConvocation,
        chair: meeting.chair,
        secretary: meeting.secretary,
      },
      quorum: quorumOf(meeting),
      attendees: roll.attendance
        .filter((entry) => entry.status !== 'absent')
        .map((entry) => ({
          name: names(entry.ownerId),
          status: entry.status === 'present' ? ('present' as const) : ('represented' as const),
          proxyHolder: entry.proxyHolderOwnerId ? names(entry.proxyHolderOwnerId) : entry.proxyHolderName,
          votes: roll.voters.find((voter) => voter.ownerId === entry.ownerId)?.votes ?? 0,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
      resolutions: closed.map((resolution) => resolutionOf(meeting, resolution, names, suspended, lang)),
      minutesDueOn: minutesDueOn(day),
      challengeDeadline: challengeDeadline(day),
      lang,
    };
    const slug = slugify(header.building.name) || 'building';
    return { fileName: `${FILE_WORD[lang]}-${slug}-${day}.pdf`, pdf: await this.renderer.render(minutes) };
  }

  private async ownerNames(
    tenant: TenantContext,
    roll: AssemblyRoll,
    closed: readonly ResolutionSnapshot[],
  ): Promise<(ownerId: string) => string> {
    const ids = [
      ...roll.attendance.flatMap((entry) => [entry.ownerId, entry.proxyHolderOwnerId ?? entry.ownerId]),
      ...closed.flatMap((resolution) => resolution.ballots.map((ballot) => ballot.ownerId)),
    ];
    const found = await this.owners.namesFor(tenant, ids);
    return (ownerId) => {
      const name = found.get(ownerId);
      return name ? `${name.firstName} ${name.lastName}`.trim() : ownerId;
    };
  }

  private async suspendedUnits(tenant: TenantContext, roll: AssemblyRoll): Promise<MinutesResolution['suspended']> {
    const units = await Promise.all(roll.suspended.map((unit) => this.units.get(tenant, unit.unitId)));
    return roll.suspended.map((unit, i) => ({ unitNumber: units[i]!.unitNumber, votes: unit.votes }));
  }
}

function quorumOf(meeting: MeetingSnapshot): MinutesQuorum | null {
  if (meeting.quorumReached === null) return null;
  return {
    ownersCounted: meeting.quorumOwnersCounted ?? 0,
    ownersTotal: meeting.quorumOwnersTotal ?? 0,
    quotasCounted: meeting.quorumQuotasCounted ?? 0,
    quotasTotal: meeting.quorumQuotasTotal ?? 0,
    branch: meeting.quorumBranch,
    reached: meeting.quorumReached,
  };
}

function resolutionOf(
  meeting: MeetingSnapshot,
  resolution: ResolutionSnapshot,
  names: (ownerId: string) => string,
  suspended: MinutesResolution['suspended'],
  lang: MinutesLanguage,
): MinutesResolution {
  const item = meeting.agenda.find((candidate) => candidate.id === resolution.agendaItemId);
  const who = (choice: string) =>
    resolution.ballots
      .filter((ballot) => ballot.choice === choice)
      .map((ballot) => names(ballot.ownerId))
      .sort((a, b) => a.localeCompare(b));
  return {
    itemNumber: item?.position ?? 0,
    // The agenda item in the minutes' language: its Dutch title when it has one.
    itemTitle: (lang === 'nl' ? item?.titleNl : null) ?? item?.title ?? '',
    title: resolution.title,
    text: resolution.text,
    majority: resolution.majority,
    status: resolution.status === 'adopted' ? 'adopted' : 'rejected',
    forVotes: resolution.forVotes ?? 0,
    againstVotes: resolution.againstVotes ?? 0,
    abstentionVotes: resolution.abstentionVotes ?? 0,
    against: who('against'),
    abstained: who('abstain'),
    capped: resolution.ballots
      .filter((ballot) => ballot.countedVotes !== null && ballot.countedVotes < ballot.votes)
      .map((ballot) => ({ name: names(ballot.ownerId), votes: ballot.votes, countedVotes: ballot.countedVotes! })),
    suspended,
  };
}

// "procès-verbal" in French, "notulen" in Dutch: the first word an owner sees in a mail client.
const FILE_WORD: Record<MinutesLanguage, string> = { fr: 'proces-verbal', nl: 'notulen' };
