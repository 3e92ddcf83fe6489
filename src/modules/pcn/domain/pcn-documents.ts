import type { PcnDocumentContext, PcnExpenseLine, PcnReport } from './pcn-report';

/** Turns a report into the files a syndic downloads; the figures printed are the report's, never recomputed. */
export abstract class PcnDocuments {
  abstract pdf(report: PcnReport, context: PcnDocumentContext): Promise<Buffer>;
  abstract workbook(report: PcnReport, context: PcnDocumentContext, expenses: readonly PcnExpenseLine[]): Promise<Buffer>;
}
