import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { renderOffThread } from '../../../shared/pdf/render-pool';
import { PcnDocuments } from '../domain/pcn-documents';
import type { PcnDocumentContext, PcnExpenseLine } from '../domain/pcn-report';
import type { PcnBuildingReport } from '../domain/pcn-report.builder';
import { renderPcnWorkbook } from './pcn-excel.renderer';
import { renderPcnPdf } from './pcn-pdf.renderer';

/**
 * The PCN documents, rendered on a render thread (see render-pool.ts): the report and its context cross as data and
 * the document is built there, so a report over thousands of expenses does not hold the event loop.
 */
@Injectable()
export class PcnFileRenderer extends PcnDocuments {
  pdf(report: PcnBuildingReport, context: PcnDocumentContext): Promise<Buffer> {
    return renderOffThread(
      { module: join(__dirname, 'pcn-pdf.renderer'), exportName: renderPcnPdf.name, args: [report, context] },
      () => renderPcnPdf(report, context),
    );
  }

  workbook(
    report: PcnBuildingReport,
    context: PcnDocumentContext,
    expenses: readonly PcnExpenseLine[],
  ): Promise<Buffer> {
    return renderOffThread(
      {
        module: join(__dirname, 'pcn-excel.renderer'),
        exportName: renderPcnWorkbook.name,
        args: [report, context, expenses],
      },
      () => renderPcnWorkbook(report, context, expenses),
    );
  }
}
