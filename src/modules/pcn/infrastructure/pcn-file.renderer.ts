import { Injectable } from '@nestjs/common';
import { PcnDocuments } from '../domain/pcn-documents';
import type { PcnDocumentContext, PcnExpenseLine, PcnReport } from '../domain/pcn-report';
import { renderPcnWorkbook } from './pcn-excel.renderer';
import { renderPcnPdf } from './pcn-pdf.renderer';

@Injectable()
export class PcnFileRenderer extends PcnDocuments {
  pdf(report: PcnReport, context: PcnDocumentContext): Promise<Buffer> {
    return renderPcnPdf(report, context);
  }

  workbook(report: PcnReport, context: PcnDocumentContext, expenses: readonly PcnExpenseLine[]): Promise<Buffer> {
    return renderPcnWorkbook(report, context, expenses);
  }
}
