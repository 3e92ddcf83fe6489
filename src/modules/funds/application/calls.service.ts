import { Injectable } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import { Clock, ogmFromBase, Page, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { CallRepository, CallSnapshot, OgmTaken } from '../domain/call';
import { callStatusOn, CallStatus, ownerDues } from '../domain/call-items';
import { InvalidCall } from '../domain/money.errors';
import { MoneyRegistry } from '../domain/money-registry';
import { ReserveStanding, reserveStanding } from '../domain/reserve-minimum';
import { FundsService } from './funds.service';
import { IssueCallInput, ListCallsInput } from './money.inputs';

/** A call as answered: its status on the day it is read, and what is paid of it. */
export interface CallView extends CallSnapshot {
  readonly status: CallStatus;
  readonly paidCents: number;
  readonly outstandingCents: number;
  /** On a reserve fund: the year's calls against the reserve minimum; null otherwise and in lists. */
  readonly reserveMinimum: ReserveStanding | null;
}

/** How many times a call draws fresh structured communications when one is already taken (1 in 10^10 each). */
const OGM_DRAWS = 5;
const notFound = () => new ResourceNotFound('call');

/**
 * Calls for funds (domain.md "Money"): the amount split exactly by the quotas, or a key, over the owners holding the
 * units on the call date, one item and one structured communication per owner. Syndics and accountants issue and
 * cancel them (bookkeeping, as they record expenses); a call can be cancelled only while nothing is paid of it.
 */
@Injectable()
export class CallsService {
  constructor(
    private readonly repo: CallRepository,
    private readonly funds: FundsService,
    private readonly registry: MoneyRegistry,
    private readonly clock: Clock,
  ) {}

  /**
   * 400 when due before the call date; 404 for the building, the fund (of that building) or the key; 409
   * PERIOD_CLOSED; 422 REGISTRY_INCOMPLETE when on the call date some of it would go to nobody.
   */
  async issue(tenant: TenantContext, input: IssueCallInput): Promise<CallView> {
    if (input.dueDate < input.callDate) throw new InvalidCall('dueDate', 'dueDate must not be before callDate');
    await this.registry.assertBooksOpen(tenant, input.buildingId, input.callDate);
    const fund = await this.funds.load(tenant, input.buildingId, input.fundId);
    const split = await this.registry.splitOn(
      tenant,
      input.buildingId,
      input.keyId ?? null,
      input.amountCents,
      input.callDate,
    );
    const dues = ownerDues(split);
    const now = this.clock.now();
    const base = {
      id: randomUUID(),
      organizationId: tenant.organizationId,
      buildingId: input.buildingId,
      fundId: fund.id,
      title: input.title.trim(),
      amountCents: input.amountCents,
      callDate: input.callDate,
      dueDate: input.dueDate,
      keyId: input.keyId ?? null,
      cancelledAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const ids = dues.map(() => randomUUID());
    for (let draw = 1; ; draw++) {
      const call: CallSnapshot = {
        ...base,
        items: dues.map((due, i) => ({ ...due, id: ids[i]!, ogm: drawOgm(), paidCents: 0 })),
      };
      try {
        await this.repo.insert(call);
        return this.view(tenant, call, fund.kind === 'reserve');
      } catch (error) {
        if (!(error instanceof OgmTaken) || draw >= OGM_DRAWS) throw error;
      }
    }
  }

  async list(tenant: TenantContext, input: ListCallsInput): Promise<Page<CallView>> {
    if (input.buildingId) await this.registry.assertBuildingVisible(tenant, input.buildingId);
    const today = this.clock.today();
    const page = await this.repo.list(
      tenant.organizationId,
      { buildingId: input.buildingId, status: input.status, from: input.from, to: input.to, today },
      {
        page: input.page,
        perPage: input.perPage,
        sort: input.sort ?? 'callDate',
        order: input.order ?? 'desc',
      },
    );
    return { ...page, items: page.items.map((call) => viewOf(call, today, null)) };
  }

  async get(tenant: TenantContext, id: string): Promise<CallView> {
    const call = await this.load(tenant, id);
    const fund = await this.funds.load(tenant, call.buildingId, call.fundId);
    return this.view(tenant, call, fund.kind === 'reserve');
  }

  /** The call, or 404. */
  async load(tenant: TenantContext, id: string): Promise<CallSnapshot> {
    const call = await this.repo.findById(tenant.organizationId, id);
    if (!call) throw notFound();
    return call;
  }

  /** 409 CALL_HAS_PAYMENTS once a payment is allocated to it, CALL_CANCELLED twice, PERIOD_CLOSED in closed books. */
  async cancel(tenant: TenantContext, id: string): Promise<CallView> {
    const call = await this.repo.cancel(tenant.organizationId, id, this.clock.now());
    if (!call) throw notFound();
    return viewOf(call, this.clock.today(), null);
  }

  private async view(tenant: TenantContext, call: CallSnapshot, onReserve: boolean): Promise<CallView> {
    const today = this.clock.today();
    if (!onReserve) return viewOf(call, today, null);
    const year = Number(call.callDate.slice(0, 4));
    const [minimum, called] = await Promise.all([
      this.funds.reserveMinimum(tenant, call.buildingId, year),
      this.repo.reserveCalledIn(tenant.organizationId, call.buildingId, year),
    ]);
    return viewOf(call, today, reserveStanding(minimum, called));
  }
}

function viewOf(call: CallSnapshot, today: string, reserve: ReserveStanding | null): CallView {
  const paidCents = call.items.reduce((sum, item) => sum + item.paidCents, 0);
  const outstandingCents = call.amountCents - paidCents;
  return {
    ...call,
    status: callStatusOn({ cancelledAt: call.cancelledAt, dueDate: call.dueDate, outstandingCents }, today),
    paidCents,
    outstandingCents,
    reserveMinimum: reserve,
  };
}

/** A random 10-digit base with its check: unique per organization (the insert refuses a second one). */
function drawOgm(): string {
  return ogmFromBase(randomInt(0, 10_000_000_000));
}
