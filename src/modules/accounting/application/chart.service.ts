import { Injectable } from '@nestjs/common';
import { CalendarDate, Clock, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { ChargeAccountExists, ChartAccountReadOnly, InvalidSubAccount } from '../domain/accounting.errors';
import {
  ChargeAccount,
  chargeLabelIn,
  Chart,
  ChartAccount,
  ChartLanguage,
  ChartReads,
  classOf,
  nearestParent,
} from '../domain/chart';
import { ChargeAccountInput, SubAccountInput } from './accounting.inputs';

const accountNotFound = () => new ResourceNotFound('account');

/**
 * The co-ownership chart of accounts (Royal Decree of 12 July 2012, as researched): the version in force, with the
 * organization's own sub-accounts. Every role of the organization reads it; syndics and accountants add sub-accounts.
 * Also the facade of the charge accounts (class 6) other contexts use: the accounts expenses are booked on
 * (`isChargeAccount`) and the PCN report prints (`chargeLabels`, `/pcn/accounts`).
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

  /** The charge accounts in force today (the chart's class 6 and the organization's sub-accounts of class 6), by code. */
  chargeAccounts(tenant: TenantContext): Promise<ChargeAccount[]> {
    return this.reads.chargeAccounts(tenant.organizationId, this.clock.today());
  }

  /** 404 when `code` is not a charge account in force today. */
  async chargeAccount(tenant: TenantContext, code: string): Promise<ChargeAccount> {
    const account = (await this.chargeAccounts(tenant)).find((a) => a.code === code);
    if (!account) throw accountNotFound();
    return account;
  }

  /**
   * A charge sub-account of the organization under the nearest account of the chart its code extends (else under
   * the class): 409 PCN_ACCOUNT_EXISTS when the code is in the chart or already a sub-account.
   */
  async openChargeAccount(tenant: TenantContext, input: ChargeAccountInput): Promise<ChargeAccount> {
    const accounts = await this.chargeAccounts(tenant);
    if (accounts.some((a) => a.code === input.code)) throw new ChargeAccountExists(input.code);
    const parentCode = nearestParent(
      input.code,
      accounts.filter((a) => a.parentCode === null).map((a) => a.code),
    );
    const labels = trimmed(input);
    const added = await this.reads.addSubAccount(
      tenant.organizationId,
      { code: input.code, class: classOf(input.code), ...labels, source: null, toVerify: false, parentCode },
      labels.labelEn,
    );
    if (!added) throw new ChargeAccountExists(input.code);
    return this.chargeAccount(tenant, input.code);
  }

  /** Relabels a sub-account; 409 CHART_ACCOUNT_READ_ONLY for an account of the chart, 404 for an unknown code. */
  async relabelChargeAccount(
    tenant: TenantContext,
    code: string,
    labels: Omit<ChargeAccountInput, 'code'>,
  ): Promise<ChargeAccount> {
    const relabelled = await this.reads.relabelSubAccount(tenant.organizationId, code, trimmed(labels), this.clock.now());
    if (relabelled) return relabelled;
    const account = await this.chargeAccount(tenant, code);
    throw new ChartAccountReadOnly(account.code);
  }

  /** Facade (expenses): true when `code` is a charge account of the chart in force on `day` or a sub-account. */
  async isChargeAccount(organizationId: string, code: string, day: CalendarDate): Promise<boolean> {
    return (await this.reads.chargeAccounts(organizationId, day)).some((a) => a.code === code);
  }

  /** Facade (PCN): every charge account's label in `lang` (English falls back to French), by code. */
  async chargeLabels(organizationId: string, lang: ChartLanguage, day: CalendarDate): Promise<Map<string, string>> {
    const accounts = await this.reads.chargeAccounts(organizationId, day);
    return new Map(accounts.map((a) => [a.code, chargeLabelIn(a, lang)]));
  }
}

function trimmed(labels: Omit<ChargeAccountInput, 'code'>): Pick<ChargeAccount, 'labelFr' | 'labelNl' | 'labelEn'> {
  const labelEn = labels.labelEn?.trim();
  return { labelFr: labels.labelFr.trim(), labelNl: labels.labelNl.trim(), labelEn: labelEn ? labelEn : null };
}
