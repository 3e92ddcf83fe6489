import { Injectable } from '@nestjs/common';
import { CallsService, FundsService, PaymentsService } from '../../funds';
import { Clock } from '../../../shared/domain/clock';
import type { TenantContext } from '../../../shared/domain/tenant';

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** A Belgian IBAN of a 10-digit account base: the account's own mod-97 check, then the ISO 13616 check digits. */
export function belgianIban(base: string): string {
  const remainder = Number(BigInt(base) % 97n);
  const account = `${base}${String(remainder === 0 ? 97 : remainder).padStart(2, '0')}`;
  const check = 98 - Number(BigInt(`${account}111400`) % 97n);
  return `BE${String(check).padStart(2, '0')}${account}`;
}

/** What goes wrong in the demo's first building: an owner who stopped paying, and one who paid too much. */
export interface DemoMoneyStory {
  /** E-mail of the owner who paid neither of the last two quarters (arrears). */
  readonly late?: string;
  /** E-mail of the owner who paid the last quarter 25.00 too much (a credit). */
  readonly overpaying?: string;
}

/**
 * A year of a building's money: a working-capital fund and a reserve fund, four quarterly calls for provisions, and
 * the owners' payments by structured communication a few days before each due date.
 */
@Injectable()
export class DemoMoney {
  constructor(
    private readonly funds: FundsService,
    private readonly calls: CallsService,
    private readonly payments: PaymentsService,
    private readonly clock: Clock,
  ) {}

  async load(
    tenant: TenantContext,
    buildingId: string,
    accountBase: number,
    ownerEmails: ReadonlyMap<string, string>,
    story: DemoMoneyStory = {},
    now = this.clock.now(),
  ): Promise<void> {
    const fund = await this.funds.open(tenant, buildingId, {
      kind: 'working_capital',
      name: 'Fonds de roulement',
      iban: belgianIban(String(accountBase).padStart(10, '0')),
    });
    await this.funds.open(tenant, buildingId, {
      kind: 'reserve',
      name: 'Fonds de réserve',
      iban: belgianIban(String(accountBase + 1).padStart(10, '0')),
    });
    const late = story.late && ownerEmails.get(story.late);
    const overpaying = story.overpaying && ownerEmails.get(story.overpaying);
    for (let quarter = 0; quarter < 4; quarter++) {
      const callDay = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth() + 3 * quarter, 1));
      const dueDay = new Date(callDay.getTime() + 30 * 86_400_000);
      const call = await this.calls.issue(tenant, {
        buildingId,
        fundId: fund.id,
        title: `Provisions, trimestre ${quarter + 1}`,
        amountCents: 450_000,
        callDate: isoDate(callDay),
        dueDate: isoDate(dueDay),
      });
      const paidOn = isoDate(new Date(dueDay.getTime() - 5 * 86_400_000));
      for (const item of call.items) {
        if (item.ownerId === late && quarter >= 2) continue;
        const extra = item.ownerId === overpaying && quarter === 3 ? 2_500 : 0;
        await this.payments.record(tenant, { buildingId, amountCents: item.amountCents + extra, paidOn, ogm: item.ogm });
      }
    }
  }
}
