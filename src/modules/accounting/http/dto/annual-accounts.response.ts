import { ApiProperty } from '@nestjs/swagger';
import { ApiCents, ApiDay, ApiId, ApiInteger } from '../../../../shared/http/api-property.decorators';
import {
  BALANCE_SHEET_SECTIONS,
  type AccountsPresentation,
  type AnnualAccounts,
  type StatementLine,
  type StatementSide,
} from '../../domain/annual-accounts';
import { CHART_LANGUAGES, type ChartLanguage } from '../../domain/chart';

const SECTIONS = [...BALANCE_SHEET_SECTIONS, 'charges', 'income'] as const;

export class AnnualAccountsLineResponse {
  /** Where the line stands: a section of the balance sheet, or charges / income. */
  @ApiProperty({ enum: SECTIONS, example: 'cash' })
  section!: StatementLine['section'];
  /** The account (full presentation) or group of accounts (simplified) the line sums; 7-6 for the result lines. */
  @ApiProperty({ example: '550' })
  code!: string;
  @ApiProperty({ example: 'Banque – compte courant (fonds de roulement)' })
  label!: string;
  @ApiCents()
  amountCents!: number;
}

export class AnnualAccountsSideResponse {
  @ApiProperty({ type: [AnnualAccountsLineResponse] })
  lines!: AnnualAccountsLineResponse[];
  /** Σ of the lines. */
  @ApiCents()
  totalCents!: number;

  static from(side: StatementSide): AnnualAccountsSideResponse {
    return { lines: side.lines.map((l) => ({ ...l })), totalCents: side.totalCents };
  }
}

export class AnnualBalanceSheetResponse {
  /** Debtor owners, other receivables, the bank accounts. */
  assets!: AnnualAccountsSideResponse;
  /** The funds, the result not yet brought to a fund, owners' advances, suppliers and other debts; equal to the assets. */
  liabilities!: AnnualAccountsSideResponse;
}

export class AnnualIncomeStatementResponse {
  /** Class 6, the year's movements. */
  charges!: AnnualAccountsSideResponse;
  /** Class 7 (the calls for funds), the year's movements. */
  income!: AnnualAccountsSideResponse;
  /** Income − charges: positive for a surplus, negative for a deficit. */
  @ApiCents()
  resultCents!: number;
}

export class AnnualAccountsResponse {
  @ApiId()
  buildingId!: string;
  @ApiInteger({ example: 2026 })
  year!: number;
  /** The financial year's first day. */
  @ApiDay({ example: '2026-01-01' })
  from!: string;
  /** The financial year's last day: the day of the balance sheet. */
  @ApiDay({ example: '2026-12-31' })
  to!: string;
  /** simplified below 20 lots (the building's accountingMode), full from 20. */
  @ApiProperty({ enum: ['full', 'simplified'], example: 'simplified' })
  presentation!: AccountsPresentation;
  @ApiProperty({ enum: CHART_LANGUAGES, example: 'fr' })
  lang!: ChartLanguage;
  balanceSheet!: AnnualBalanceSheetResponse;
  incomeStatement!: AnnualIncomeStatementResponse;

  static from(a: AnnualAccounts): AnnualAccountsResponse {
    return {
      buildingId: a.buildingId,
      year: a.year,
      from: a.from,
      to: a.to,
      presentation: a.presentation,
      lang: a.lang,
      balanceSheet: {
        assets: AnnualAccountsSideResponse.from(a.balanceSheet.assets),
        liabilities: AnnualAccountsSideResponse.from(a.balanceSheet.liabilities),
      },
      incomeStatement: {
        charges: AnnualAccountsSideResponse.from(a.incomeStatement.charges),
        income: AnnualAccountsSideResponse.from(a.incomeStatement.income),
        resultCents: a.incomeStatement.resultCents,
      },
    };
  }
}
