import { ApiProperty, OmitType } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  IsBoolean,
  Max,
  MaxLength,
  Min,
  NotEquals,
} from 'class-validator';
import { MAX_DISTRIBUTED_CENTS } from '../../domain/charge-distribution';
import { EXPENSE_CATEGORIES, type ExpenseCategory, VAT_RATES, type VatRate } from '../../domain/expense-category';
import { normalizeIban } from '../../../../shared/domain';
import { IsAcceptedBy, IsCalendarDate, IsNotBefore, Trim } from '../../../../shared/http/validation';
import { ApiCents, ApiDay, ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class CreateExpenseRequest {
  /** The building whose common parts the expense concerns. */
  @IsUUID()
  @ApiId()
  buildingId!: string;

  /**
   * maintenance, repairs, cleaning, works, utilities, administration, insurance or other.
   * @example "maintenance"
   */
  @IsIn(EXPENSE_CATEGORIES)
  category!: ExpenseCategory;

  /**
   * What was bought or done, 1 to 500 characters.
   * @example "Entretien trimestriel des ascenseurs"
   */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  description!: string;

  @IsInt()
  @NotEquals(0)
  @Min(-MAX_DISTRIBUTED_CENTS)
  @Max(MAX_DISTRIBUTED_CENTS)
  @ApiCents({
    minimum: -MAX_DISTRIBUTED_CENTS,
    maximum: MAX_DISTRIBUTED_CENTS,
    not: { enum: [0] },
    example: 125000,
    description:
      'Euro cents, VAT included: a whole number from -1,000,000,000 to 1,000,000,000 (10 million euros), not 0. ' +
      'Negative for a credit note (a refund), split like an invoice with negative parts.',
  })
  amountCents!: number;

  /** Date of the invoice, YYYY-MM-DD; the owners as at this date carry the charge. */
  @IsCalendarDate()
  @ApiDay()
  expenseDate!: string;

  /** VAT rate in percent (0, 6, 12 or 21) included in the amount. */
  @IsOptional()
  @IsIn(VAT_RATES)
  @ApiInteger({ nullable: true, required: false, enum: [0, 6, 12, 21, null], example: 21 })
  vatRate?: VatRate | null;

  /** Payment due date, YYYY-MM-DD, not before expenseDate; unpaid after it, the expense reads as overdue. */
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('expenseDate')
  @ApiDay({ nullable: true, required: false })
  dueDate?: string | null;

  /**
   * Supplier name, up to 255 characters.
   * @example "Schindler SA"
   */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(255)
  supplier?: string | null;

  /**
   * The supplier's invoice number, up to 100 characters.
   * @example "2026/0142"
   */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  invoiceNumber?: string | null;

  /** The account the supplier asks to be paid on, its check digits verified (mod 97); a debit to it is suggested as the payment. */
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @IsAcceptedBy(normalizeIban, 'an IBAN whose check digits hold (mod 97)')
  @ApiProperty({ type: 'string', maxLength: 50, nullable: true, required: false, example: 'BE71 0961 2345 6769' })
  supplierIban?: string | null;

  /**
   * A charge account (class 6) of the co-ownership chart in force on the expense date, or a sub-account of the
   * organization under one (`GET /accounting/chart`); the category's default account when absent.
   * @example "610000"
   */
  @IsOptional()
  @IsString()
  @Matches(/^6\d{1,9}$/, { message: 'accountCode must be a class-6 account code of 2 to 10 digits' })
  accountCode?: string | null;

  /** A distribution key of the same building to split by instead of the quotas; null or absent: the quotas. */
  @IsOptional()
  @IsUUID()
  @ApiId({ nullable: true, required: false })
  keyId?: string | null;

  /**
   * Paid from the reserve fund (works the assembly charged to it): paid from the reserve account 551 and covered by
   * the fund (160 against 792), so it is not charged to the owners again; false when absent.
   * @example false
   */
  @IsOptional()
  @IsBoolean()
  paidFromReserve?: boolean;
}

/** Every editable field (a full replacement); the building of an expense never changes. */
export class UpdateExpenseRequest extends OmitType(CreateExpenseRequest, ['buildingId'] as const) {}

export class MarkExpensePaidRequest {
  /** When it was paid, ISO 8601 with zone, not in the future; now when absent. */
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @ApiTimestamp({ required: false })
  paidAt?: string;
}
