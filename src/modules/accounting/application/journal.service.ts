import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock, Page, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { OwnersAccountReserved, UnknownAccount } from '../domain/accounting.errors';
import { ChartReads } from '../domain/chart';
import { assertBalanced, EntryDraft, JournalEntrySnapshot, reversalOf } from '../domain/journal-entry';
import { JournalRepository } from '../domain/journal.repository';
import { POSTING_ACCOUNTS } from '../domain/postings';
import { RegistryAccess } from '../domain/registry-access';
import { TrialBalance, trialBalance } from '../domain/trial-balance';
import { ListJournalInput, ManualEntryInput, ReverseEntryInput, TrialBalanceInput } from './accounting.inputs';

const notFound = () => new ResourceNotFound('journal entry');

/**
 * A building's journal: automatic postings (written by the funds and expenses contexts through `JournalPosting`),
 * manual entries, reversals, and the trial balance. Syndics and accountants write; board members read; owners are
 * refused by the routes (the journal names every owner).
 */
@Injectable()
export class JournalService {
  constructor(
    private readonly repo: JournalRepository,
    private readonly chart: ChartReads,
    private readonly registry: RegistryAccess,
    private readonly clock: Clock,
  ) {}

  /**
   * A manual entry (journal "misc"): 404 for the building or a line's owner; 400 for a malformed line; 422
   * ENTRY_NOT_BALANCED, UNKNOWN_ACCOUNT, OWNERS_ACCOUNT_RESERVED (410 moves with calls and payments only); 409
   * PERIOD_CLOSED.
   */
  async post(tenant: TenantContext, buildingId: string, input: ManualEntryInput): Promise<JournalEntrySnapshot> {
    await this.registry.assertBuildingVisible(tenant, buildingId);
    const draft: EntryDraft = {
      buildingId,
      date: input.date,
      journal: input.journal,
      reference: input.reference.trim(),
      sourceType: null,
      sourceId: null,
      lines: input.lines.map((l) => ({
        accountCode: l.accountCode,
        debitCents: l.debitCents ?? 0,
        creditCents: l.creditCents ?? 0,
        ownerId: l.ownerId ?? null,
        unitId: l.unitId ?? null,
      })),
    };
    assertBalanced(draft);
    await this.assertAccounts(tenant, draft);
    for (const ownerId of new Set(draft.lines.flatMap((l) => (l.ownerId ? [l.ownerId] : [])))) {
      await this.registry.assertOwnerVisible(tenant, ownerId);
    }
    await this.registry.assertBooksOpen(tenant, buildingId, draft.date);
    return this.write(tenant, draft);
  }

  /** Reverses a manual entry (409 ENTRY_ALREADY_REVERSED, ENTRY_POSTED_AUTOMATICALLY, PERIOD_CLOSED). */
  async reverse(
    tenant: TenantContext,
    buildingId: string,
    entryId: string,
    input: ReverseEntryInput,
  ): Promise<JournalEntrySnapshot> {
    const entry = await this.get(tenant, buildingId, entryId);
    const draft = reversalOf(entry, input.date ?? this.clock.today());
    await this.registry.assertBooksOpen(tenant, buildingId, draft.date);
    return this.write(tenant, draft);
  }

  async get(tenant: TenantContext, buildingId: string, entryId: string): Promise<JournalEntrySnapshot> {
    await this.registry.assertBuildingVisible(tenant, buildingId);
    const entry = await this.repo.findById(tenant.organizationId, buildingId, entryId);
    if (!entry) throw notFound();
    return entry;
  }

  async list(tenant: TenantContext, buildingId: string, input: ListJournalInput): Promise<Page<JournalEntrySnapshot>> {
    await this.registry.assertBuildingVisible(tenant, buildingId);
    return this.repo.list(
      tenant.organizationId,
      { buildingId, from: input.from, to: input.to, journal: input.journal },
      {
        page: input.page ?? 1,
        perPage: input.perPage ?? 20,
        sort: input.sort ?? 'date',
        order: input.order ?? 'asc',
      },
    );
  }

  /** Every account's debits, credits and balance on `asOf` (today by default), labelled in `lang` (fr by default). */
  async trialBalance(tenant: TenantContext, buildingId: string, input: TrialBalanceInput): Promise<TrialBalance> {
    await this.registry.assertBuildingVisible(tenant, buildingId);
    const asOf = input.asOf ?? this.clock.today();
    const [balances, chart] = await Promise.all([
      this.repo.balances(tenant.organizationId, buildingId, asOf),
      this.chart.chartOn(tenant.organizationId, asOf),
    ]);
    return trialBalance(buildingId, asOf, balances, chart, input.lang ?? 'fr');
  }

  private async assertAccounts(tenant: TenantContext, draft: EntryDraft): Promise<void> {
    const chart = await this.chart.chartOn(tenant.organizationId, draft.date);
    const known = new Set(chart.accounts.map((a) => a.code));
    for (const line of draft.lines) {
      if (!known.has(line.accountCode)) throw new UnknownAccount(line.accountCode);
      if (line.accountCode.startsWith(POSTING_ACCOUNTS.owners)) throw new OwnersAccountReserved(line.accountCode);
    }
  }

  private async write(tenant: TenantContext, draft: EntryDraft): Promise<JournalEntrySnapshot> {
    const entry: JournalEntrySnapshot = {
      ...draft,
      id: randomUUID(),
      organizationId: tenant.organizationId,
      reversesEntryId: draft.reversesEntryId ?? null,
      reversedByEntryId: null,
      createdBy: tenant.userId,
      createdAt: this.clock.now(),
    };
    await this.repo.insert(entry);
    return entry;
  }
}
