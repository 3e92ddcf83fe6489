export { ChartOfAccountsModule } from './chart-of-accounts.module';
export { ChartOfAccounts } from './application/chart-of-accounts.service';
export { DEFAULT_PCN_ACCOUNTS, PCN_ACCOUNT_CODE } from './domain/pcn-account';
export type { LabelLanguage, PcnAccountLabels, PcnAccountSnapshot } from './domain/pcn-account';
