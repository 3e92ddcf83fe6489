export { PcnModule } from './pcn.module';
export type { PcnAccountLine, PcnBuildingReport } from './domain/pcn-report.builder';
export type {
  PcnAccountTotal,
  PcnBuildingHeader,
  PcnDocumentContext,
  PcnExpenseLine,
  PcnExpenseStatus,
  PcnLanguage,
  PcnReport,
  PcnUnitAccountAmount,
  PcnUnitTotal,
} from './domain/pcn-report';
