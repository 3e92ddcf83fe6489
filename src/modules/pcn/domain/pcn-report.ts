export type PcnLanguage = 'fr' | 'nl' | 'en';

/** One charge-account line of the report: the journal's movements of the period on that code. */
export interface PcnAccountTotal {
  accountCode: string;
  label: string;
  count: number;
  totalCents: number;
}

export interface PcnUnitAccountAmount {
  accountCode: string;
  amountCents: number;
}

/** A unit's share of the period's expenses, per account code. */
export interface PcnUnitTotal {
  unitId: string;
  unitNumber: string;
  totalCents: number;
  accounts: PcnUnitAccountAmount[];
}

/** The PCN report exactly as the JSON API returns it (api.md); the PDF and the workbook print these figures only. */
export interface PcnReport {
  buildingId: string;
  /** YYYY-MM-DD, inclusive */
  from: string;
  /** YYYY-MM-DD, inclusive */
  to: string;
  lang: PcnLanguage;
  accounts: PcnAccountTotal[];
  totalCents: number;
  units: PcnUnitTotal[];
}

export interface PcnBuildingHeader {
  name: string;
  address: string;
  postalCode: string;
  city: string;
}

/** What the syndic firm prints under its name on the report; each field is null until the firm records it. */
export interface PcnIssuer {
  address: string | null;
  bceNumber: string | null;
  ipiNumber: string | null;
  phone: string | null;
  email: string | null;
  feesIban: string | null;
}

/** A unit as the documents describe it next to its figures: its quota at the end of the period and who held it. */
export interface PcnUnitDetails {
  quota: number;
  /** Names of the owners who held a share on a day of the period, by start of their holding. */
  owners: string[];
}

/** Header data of the exported documents; their language is the report's `lang`, so account labels and texts agree. */
export interface PcnDocumentContext {
  organizationName: string;
  issuer?: PcnIssuer;
  building: PcnBuildingHeader & { associationBce?: string | null; totalQuota?: number };
  generatedAt: Date;
  /** By unit id; a unit left out prints its number only. */
  units?: Readonly<Record<string, PcnUnitDetails>>;
}

/** Cancelled expenses are not part of the report, so a line never carries that status. */
export type PcnExpenseStatus = 'pending' | 'paid' | 'overdue';

/** One expense of the period, listed in the workbook next to the totals it adds up to. */
export interface PcnExpenseLine {
  /** YYYY-MM-DD */
  date: string;
  accountCode: string;
  category: string;
  description: string;
  supplier: string | null;
  invoiceNumber: string | null;
  amountCents: number;
  status: PcnExpenseStatus;
  /** VAT included in the amount, in cents; null when the invoice has no VAT recorded. */
  vatCents?: number | null;
  /** YYYY-MM-DD */
  dueDate?: string | null;
  /** YYYY-MM-DD (Brussels), null while unpaid. */
  paidDate?: string | null;
}
