import { IsIn, IsOptional, Matches } from 'class-validator';
import { LANGUAGES, Language } from '../../../../shared/http/language';
import { ApiDay } from '../../../../shared/http/api-property.decorators';
import { PCN_CSV_TABLES, PcnCsvTable } from '../../domain/pcn-csv';

export class PcnReportQuery {
  /** First day, YYYY-MM-DD, inclusive; default 1 January of the year of `to` (or of the current year). */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date YYYY-MM-DD' })
  @ApiDay({ required: false })
  from?: string;

  /** Last day, YYYY-MM-DD, inclusive; default 31 December of the year of `from` (or of the current year). */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date YYYY-MM-DD' })
  @ApiDay({ required: false })
  to?: string;

  /** Language of labels and documents; default from Accept-Language, else fr. */
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

export class PcnCsvQuery extends PcnReportQuery {
  /** The table of the report: `accounts` (one line per account, with a total line) or `units` (one line per unit and account); default accounts. */
  @IsOptional()
  @IsIn(PCN_CSV_TABLES)
  table?: PcnCsvTable;
}
