export { PcnModule } from './pcn.module';
export { PcnChartModule } from './pcn-chart.module';
export { ChartOfAccounts } from './application/chart-of-accounts.service';
export { DEFAULT_PCN_ACCOUNTS, PCN_ACCOUNT_CODE } from './domain/pcn-account';
export type { PcnAccountSnapshot } from './domain/pcn-account';
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
