import { Injectable } from '@nestjs/common';
import { Clock, TenantContext } from '../../../shared/domain';
import { InvalidSubAccount } from '../domain/accounting.errors';
import { Chart, ChartAccount, ChartReads, classOf } from '../domain/chart';
import { SubAccountInput } from './accounting.inputs';

/**
 * The co-ownership chart of accounts (Royal Decree of 12 July 2012, as researched): the version in force, with the
 * organization's own sub-accounts. Every role of the organization reads it; syndics and accountants add sub-accounts.
 */
@Injectable()
export class ChartService {
  constructor(
    private readonly reads: ChartReads,
    private readonly clock: Clock,
  ) {}

  chart(tenant: TenantContext): Promise<Chart> {
    return this.reads.chartOn(tenant.organizationId, this.clock.today());
  }

  /** 422 INVALID_SUB_ACCOUNT when the parent is not in the chart, the code does not extend it, or it is taken. */
  async addSubAccount(tenant: TenantContext, input: SubAccountInput): Promise<ChartAccount> {
    const chart = await this.chart(tenant);
    const parent = chart.accounts.find((a) => a.code === input.parentCode && a.parentCode === null);
    const refused = () => new InvalidSubAccount(input.code, input.parentCode);
    if (!parent || !input.code.startsWith(input.parentCode) || input.code === input.parentCode) throw refused();
    const account: ChartAccount = {
      code: input.code,
      class: classOf(input.code),
      labelFr: input.labelFr.trim(),
      labelNl: input.labelNl.trim(),
      source: null,
      toVerify: false,
      parentCode: parent.code,
    };
    if (!(await this.reads.addSubAccount(tenant.organizationId, account))) throw refused();
    return account;
  }
}
