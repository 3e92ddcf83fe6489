import { ConsentRegister } from '../../src/modules/owners/domain/consent.register';
import {
  channelOn,
  ConsentSnapshot,
  ConvocationChannel,
  OwnerConsents,
} from '../../src/modules/owners/domain/email-consent';
import type { CalendarDate } from '../../src/shared/domain';

/** The consent register in memory: consents of the owners it is told about, per organization. */
export class InMemoryConsentRegister extends ConsentRegister {
  private readonly rows = new Map<string, ConsentSnapshot>();
  /** Owner id → organization id: the owners that exist. */
  readonly owners = new Map<string, string>();

  async change<T>(
    organizationId: string,
    ownerId: string,
    change: (consents: OwnerConsents) => T,
  ): Promise<{ result: T } | null> {
    if (this.owners.get(ownerId) !== organizationId) return null;
    const consents = OwnerConsents.restore(organizationId, ownerId, this.historyOf(ownerId));
    const result = change(consents);
    for (const consent of consents.changes()) this.rows.set(consent.id, { ...consent });
    return { result };
  }

  async channelsOn(
    organizationId: string,
    ownerIds: readonly string[],
    day: CalendarDate,
  ): Promise<Map<string, ConvocationChannel>> {
    const known = ownerIds.filter((id) => this.owners.get(id) === organizationId);
    return new Map(known.map((id) => [id, channelOn(this.historyOf(id), day)]));
  }

  private historyOf(ownerId: string): ConsentSnapshot[] {
    return [...this.rows.values()].filter((c) => c.ownerId === ownerId);
  }
}
