import type { PcnDocumentContext, PcnExpenseLine } from './pcn-report';
import type { PcnBuildingReport } from './pcn-report.builder';

/**
 * Turns a report into the files a syndic downloads; the figures printed are the report's (the JSON one, unallocated
 * parts included), never recomputed.
 */
export abstract class PcnDocuments {
  abstract pdf(report: PcnBuildingReport, context: PcnDocumentContext): Promise<Buffer>;
  abstract workbook(
    report: PcnBuildingReport,
    context: PcnDocumentContext,
    expenses: readonly PcnExpenseLine[],
  ): Promise<Buffer>;
}
