import { Injectable } from '@nestjs/common';
import { ResourceNotFound } from '../../../shared/domain/domain-error';
import type { Page, PageRequest } from '../../../shared/domain/pagination';
import type { TenantContext } from '../../../shared/domain/tenant';
import { labelIn, PcnAccount, PcnAccountLabels, PcnAccountSnapshot } from '../domain/pcn-account';
import { PcnAccountRepository } from '../domain/pcn-account.repository';
import type { PcnLanguage } from '../domain/pcn-report';
import { Clock } from '../../../shared/domain/clock';

const notFound = () => new ResourceNotFound('account');

/**
 * The organization's chart of accounts, seeded with the default accounts on first use. Also the facade other
 * contexts use (`@modules/pcn`): `exists(organizationId, code)` validates an expense's account code.
 */
@Injectable()
export class ChartOfAccounts {
  constructor(private readonly repo: PcnAccountRepository, private readonly clock: Clock) {}

  async list(tenant: TenantContext, page: PageRequest<'code'>): Promise<Page<PcnAccountSnapshot>> {
    const all = await this.repo.listAll(tenant.organizationId);
    const ordered = page.order === 'desc' ? [...all].reverse() : all;
    const start = (page.page - 1) * page.perPage;
    return { items: ordered.slice(start, start + page.perPage), totalItems: all.length, page: page.page, perPage: page.perPage };
  }

  async get(tenant: TenantContext, code: string): Promise<PcnAccountSnapshot> {
    const account = await this.repo.findByCode(tenant.organizationId, code);
    if (!account) throw notFound();
    return account.toSnapshot();
  }

  /** 409 PCN_ACCOUNT_EXISTS when the code is already in the chart (codes never change). */
  async add(tenant: TenantContext, input: PcnAccountLabels & { code: string }): Promise<PcnAccountSnapshot> {
    const account = PcnAccount.open({ ...input, organizationId: tenant.organizationId }, this.clock.now());
    await this.repo.insert(account);
    return account.toSnapshot();
  }

  async relabel(tenant: TenantContext, code: string, labels: PcnAccountLabels): Promise<PcnAccountSnapshot> {
    const updated = await this.repo.update(tenant.organizationId, code, (account) => account.relabel(labels, this.clock.now()));
    if (!updated) throw notFound();
    return updated;
  }

  /** Facade: true when `code` is an account of the organization's chart (the expenses context's `AccountChart`). */
  exists(organizationId: string, code: string): Promise<boolean> {
    return this.repo.exists(organizationId, code);
  }

  /** Every account's label in `lang`, by code. */
  async labelsIn(organizationId: string, lang: PcnLanguage): Promise<Map<string, string>> {
    const all = await this.repo.listAll(organizationId);
    return new Map(all.map((account) => [account.code, labelIn(account, lang)]));
  }
}
