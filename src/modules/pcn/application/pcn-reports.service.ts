import { Injectable } from '@nestjs/common';
import type { TenantContext } from '../../../shared/domain/tenant';
import { PcnDocuments } from '../domain/pcn-documents';
import { PcnBuilding, PcnExpense, PcnLedger, PcnUnits } from '../domain/pcn-ledger';
import type { PcnDocumentContext } from '../domain/pcn-report';
import { pcnCsv, PcnCsvTable } from '../domain/pcn-csv';
import { reportPeriod } from '../domain/pcn-period';
import type { PcnLanguage } from '../domain/pcn-report';
import { buildPcnReport, PcnBuildingReport } from '../domain/pcn-report.builder';
import { Clock } from '../../../shared/domain/clock';

export interface PcnReportQuery {
  readonly from?: string;
  readonly to?: string;
  readonly lang: PcnLanguage;
}

export interface PcnFile {
  readonly building: PcnBuilding;
  readonly report: PcnBuildingReport;
  readonly content: Buffer;
}

/**
 * A building's PCN report and its PDF, Excel and CSV exports. Each reads the building, its registry, the journal's
 * charge movements of the period and their accounts' labels in one statement (one round trip whatever the size),
 * then splits and totals in memory.
 */
@Injectable()
export class PcnReportsService {
  constructor(
    private readonly ledger: PcnLedger,
    private readonly documents: PcnDocuments,
    private readonly clock: Clock,
  ) {}

  async report(tenant: TenantContext, buildingId: string, query: PcnReportQuery): Promise<PcnBuildingReport> {
    return (await this.compute(tenant, buildingId, query, false)).report;
  }

  async pdf(tenant: TenantContext, buildingId: string, query: PcnReportQuery): Promise<PcnFile> {
    const { building, report, details } = await this.compute(tenant, buildingId, query, true);
    const context = await this.documentContext(tenant, building, details);
    return { building, report, content: await this.documents.pdf(report, context) };
  }

  async workbook(tenant: TenantContext, buildingId: string, query: PcnReportQuery): Promise<PcnFile> {
    const { building, report, expenses, details } = await this.compute(tenant, buildingId, query, true);
    const context = await this.documentContext(tenant, building, details);
    return { building, report, content: await this.documents.workbook(report, context, expenses) };
  }

  /** One table of the report as CSV (the same figures as the JSON report). */
  async csv(tenant: TenantContext, buildingId: string, query: PcnReportQuery, table: PcnCsvTable): Promise<PcnFile> {
    const { building, report } = await this.compute(tenant, buildingId, query, false);
    return { building, report, content: Buffer.from(pcnCsv(report, table), 'utf8') };
  }

  private async compute(tenant: TenantContext, buildingId: string, query: PcnReportQuery, documents: boolean) {
    const period = reportPeriod(query.from, query.to, this.clock.today());
    const { building, units, charges, labels } = await this.ledger.sources(
      tenant,
      buildingId,
      period,
      query.lang,
      documents,
    );
    const { expenses, movements, parts, coveredByReserve } = charges;
    const report = buildPcnReport({
      buildingId,
      period,
      lang: query.lang,
      units: units.units,
      movements,
      parts,
      coveredByReserve,
      visibleUnitIds: units.visibleUnitIds,
      labels,
    });
    return { building, report, expenses: expenses as readonly PcnExpense[], details: units.details };
  }

  private async documentContext(
    tenant: TenantContext,
    building: PcnBuilding,
    units: PcnUnits['details'],
  ): Promise<PcnDocumentContext> {
    const { name, ...issuer } = await this.ledger.issuer(tenant);
    return { organizationName: name, issuer, building, generatedAt: this.clock.now(), units };
  }
}
