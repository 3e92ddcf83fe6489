import { Injectable } from '@nestjs/common';
import { Clock, TenantContext } from '../../../shared/domain';
import { AnnualAccounts, annualAccounts, financialYear } from '../domain/annual-accounts';
import { AccountsBuilding, AnnualAccountsDocuments } from '../domain/annual-accounts-documents';
import type { ChartLanguage } from '../domain/chart';
import { ChartReads } from '../domain/chart';
import { JournalRepository } from '../domain/journal.repository';
import { RegistryAccess } from '../domain/registry-access';

export interface AnnualAccountsInput {
  /** The financial year; the current one by default. */
  readonly year?: number;
  readonly lang: ChartLanguage;
}

export interface AnnualAccountsFile {
  readonly building: AccountsBuilding;
  readonly accounts: AnnualAccounts;
  readonly content: Buffer;
}

/**
 * A building's annual accounts (balance sheet and income statement) of a financial year, as JSON, PDF and workbook:
 * one SQL read of the journal summed per account over the year, the chart in force on its last day, and the
 * presentation the building's lots call for (simplified below 20 lots).
 */
@Injectable()
export class AnnualAccountsService {
  constructor(
    private readonly repo: JournalRepository,
    private readonly chart: ChartReads,
    private readonly registry: RegistryAccess,
    private readonly documents: AnnualAccountsDocuments,
    private readonly clock: Clock,
  ) {}

  async accounts(tenant: TenantContext, buildingId: string, input: AnnualAccountsInput): Promise<AnnualAccounts> {
    return (await this.compute(tenant, buildingId, input)).accounts;
  }

  async pdf(tenant: TenantContext, buildingId: string, input: AnnualAccountsInput): Promise<AnnualAccountsFile> {
    const { building, accounts } = await this.compute(tenant, buildingId, input);
    const content = await this.documents.pdf(accounts, await this.context(tenant, building));
    return { building, accounts, content };
  }

  async workbook(tenant: TenantContext, buildingId: string, input: AnnualAccountsInput): Promise<AnnualAccountsFile> {
    const { building, accounts } = await this.compute(tenant, buildingId, input);
    const content = await this.documents.workbook(accounts, await this.context(tenant, building));
    return { building, accounts, content };
  }

  private async compute(tenant: TenantContext, buildingId: string, input: AnnualAccountsInput) {
    const building = await this.registry.accountsBuilding(tenant, buildingId); // 404 first
    const year = financialYear(input.year ?? Number(this.clock.today().slice(0, 4)));
    const [balances, chart] = await Promise.all([
      this.repo.yearBalances(tenant.organizationId, buildingId, year.from, year.to),
      this.chart.chartOn(tenant.organizationId, year.to),
    ]);
    const accounts = annualAccounts({
      buildingId,
      year,
      presentation: building.presentation,
      lang: input.lang,
      chart,
      balances,
    });
    return { building, accounts };
  }

  private async context(tenant: TenantContext, building: AccountsBuilding) {
    return { issuer: await this.registry.issuer(tenant), building, generatedAt: this.clock.now() };
  }
}
