import { Injectable } from '@nestjs/common';
import { PcnDocuments } from '../domain/pcn-documents';
import type { PcnDocumentContext, PcnExpenseLine } from '../domain/pcn-report';
import type { PcnBuildingReport } from '../domain/pcn-report.builder';
import { renderPcnWorkbook } from './pcn-excel.renderer';
import { renderPcnPdf } from './pcn-pdf.renderer';

@Injectable()
export class PcnFileRenderer extends PcnDocuments {
  pdf(report: PcnBuildingReport, context: PcnDocumentContext): Promise<Buffer> {
    return renderPcnPdf(report, context);
  }

  workbook(
    report: PcnBuildingReport,
    context: PcnDocumentContext,
    expenses: readonly PcnExpenseLine[],
  ): Promise<Buffer> {
    return renderPcnWorkbook(report, context, expenses);
  }
}
