import { OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@shared/http/page.query';
import { EXPENSE_STATUSES, type ExpenseStatus } from '../../domain/expense';
import { EXPENSE_CATEGORIES, type ExpenseCategory } from '../../domain/expense-category';
import { EXPENSE_SORTS, type ExpenseSort } from '../../domain/expense.repository';
import { IsCalendarDate, IsNotBefore } from '../../../../shared/http/validation';
import { ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

export class PeriodQuery {
  /** First day of the period, YYYY-MM-DD, inclusive; open when absent. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  from?: string;

  /** Last day of the period, YYYY-MM-DD, inclusive; not before from; open when absent. */
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  @ApiDay({ required: false })
  to?: string;
}

export class ListExpensesQuery extends PageQuery {
  /** Sort field; expenseDate (newest first) by default. */
  @IsOptional()
  @IsIn(EXPENSE_SORTS)
  sort?: ExpenseSort;

  /** Only this building's expenses. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  buildingId?: string;

  @IsOptional()
  @IsIn(EXPENSE_CATEGORIES)
  category?: ExpenseCategory;

  /** pending, overdue (pending past its due date), paid or cancelled. */
  @IsOptional()
  @IsIn(EXPENSE_STATUSES)
  status?: ExpenseStatus;

  /** Expense date from, YYYY-MM-DD, inclusive. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  from?: string;

  /** Expense date to, YYYY-MM-DD, inclusive. */
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  @ApiDay({ required: false })
  to?: string;
}

export class BuildingExpensesQuery extends OmitType(ListExpensesQuery, ['buildingId'] as const) {}
