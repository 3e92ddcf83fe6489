export type PcnLanguage = 'fr' | 'nl' | 'en';

/** One chart-of-accounts line of the report: the expenses of the period booked on that code. */
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

/** Header data of the exported documents; their language is the report's `lang`, so account labels and texts agree. */
export interface PcnDocumentContext {
  organizationName: string;
  building: PcnBuildingHeader;
  generatedAt: Date;
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
}
