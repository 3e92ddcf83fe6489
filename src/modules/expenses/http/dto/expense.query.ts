import { IntersectionType, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@shared/http/page.query';
import { PeriodQuery } from '@shared/http/period.query';

export { PeriodQuery };
import { EXPENSE_STATUSES, type ExpenseStatus } from '../../domain/expense';
import { EXPENSE_CATEGORIES, type ExpenseCategory } from '../../domain/expense-category';
import { EXPENSE_SORTS, type ExpenseSort } from '../../domain/expense.repository';
import { ApiId } from '../../../../shared/http/api-property.decorators';

export class ListExpensesQuery extends IntersectionType(PageQuery, PeriodQuery) {
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
}

export class BuildingExpensesQuery extends OmitType(ListExpensesQuery, ['buildingId'] as const) {}
