import type { IssuerIdentity } from '../../../shared/pdf/letterhead';
import type { AccountsPresentation, AnnualAccounts } from './annual-accounts';

/** The building the accounts are of, as printed, and the presentation its lots call for. */
export interface AccountsBuilding {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly postalCode: string;
  readonly city: string;
  readonly associationBce: string | null;
  readonly presentation: AccountsPresentation;
}

/** What a document prints besides the figures: who issues it, about which building, when. Plain data. */
export interface AnnualAccountsContext {
  readonly issuer: IssuerIdentity;
  readonly building: AccountsBuilding;
  readonly generatedAt: Date;
}

/** The annual accounts as PDF and workbook: the same figures, formatted, never recomputed. */
export abstract class AnnualAccountsDocuments {
  abstract pdf(accounts: AnnualAccounts, context: AnnualAccountsContext): Promise<Buffer>;
  abstract workbook(accounts: AnnualAccounts, context: AnnualAccountsContext): Promise<Buffer>;
}
