import { IntersectionType } from '@nestjs/swagger';
import { PeriodQuery } from '../../../../shared/http/period.query';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { IsCalendarDate } from '../../../../shared/http/validation';
import { CHART_LANGUAGES, type ChartLanguage } from '../../domain/chart';
import { JOURNALS, type JournalKind } from '../../domain/journal-entry';
import { JOURNAL_SORTS, type JournalSort } from '../../domain/journal.repository';

export class ListJournalQuery extends IntersectionType(PageQuery, PeriodQuery) {
  /** Sort field; date (oldest first) by default. */
  @IsOptional()
  @IsIn(JOURNAL_SORTS)
  sort?: JournalSort;

  /** Only the entries of one journal. */
  @IsOptional()
  @IsIn(JOURNALS)
  journal?: JournalKind;
}

export class ChartQuery {
  /** Language of the labels: fr (default), nl, or en (French labels: the chart is bilingual FR/NL). */
  @IsOptional()
  @IsIn(CHART_LANGUAGES)
  lang?: ChartLanguage;
}

export class TrialBalanceQuery extends ChartQuery {
  /** The day of the balance, inclusive; today by default. */
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
