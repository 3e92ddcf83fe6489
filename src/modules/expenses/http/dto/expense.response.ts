import type { ExpenseStatus, ExpenseView } from '../../domain/expense';
import type { ExpenseCategory, VatRate } from '../../domain/expense-category';
import { ApiCents, ApiDay, ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class ExpenseResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  /** @example "maintenance" */
  category!: ExpenseCategory;
  /** @example "Entretien trimestriel des ascenseurs" */
  description!: string;
  /** Euro cents, VAT included; negative for a credit note. */
  @ApiCents()
  amountCents!: number;
  /** VAT rate in percent, or null when not given. */
  @ApiInteger({ nullable: true, enum: [0, 6, 12, 21, null], example: 21 })
  vatRate!: VatRate | null;
  /** The VAT inside amountCents: amount × rate / (100 + rate), rounded half up; null without a rate. */
  @ApiCents({ nullable: true })
  vatCents!: number | null;
  /** YYYY-MM-DD */
  @ApiDay()
  expenseDate!: string;
  /** YYYY-MM-DD, or null. */
  @ApiDay({ nullable: true })
  dueDate!: string | null;
  /** @example "Schindler SA" */
  supplier!: string | null;
  /** @example "2026/0142" */
  invoiceNumber!: string | null;
  /**
   * The supplier's IBAN without spaces, or null.
   * @example "BE71096123456769"
   */
  supplierIban!: string | null;
  /**
   * Charge account (class 6) of the co-ownership chart or a sub-account of the organization.
   * @example "610000"
   */
  accountCode!: string;
  /** The distribution key it is split by, or null for the quotas. */
  @ApiId({ nullable: true })
  keyId!: string | null;
  /**
   * Paid from the reserve fund: covered by the fund, not charged to the owners again.
   * @example false
   */
  paidFromReserve!: boolean;
  /**
   * pending, overdue (pending past its due date, derived), paid or cancelled.
   * @example "pending"
   */
  status!: ExpenseStatus;
  /** When it was paid, or null. */
  @ApiTimestamp({ nullable: true })
  paidAt!: string | null;
  @ApiTimestamp()
  createdAt!: string;
  @ApiTimestamp()
  updatedAt!: string;

  static from(e: ExpenseView): ExpenseResponse {
    return {
      id: e.id,
      buildingId: e.buildingId,
      category: e.category,
      description: e.description,
      amountCents: e.amountCents,
      vatRate: e.vatRate,
      vatCents: e.vatCents,
      expenseDate: e.expenseDate,
      dueDate: e.dueDate,
      supplier: e.supplier,
      invoiceNumber: e.invoiceNumber,
      supplierIban: e.supplierIban,
      accountCode: e.accountCode,
      keyId: e.keyId,
      paidFromReserve: e.paidFromReserve,
      status: e.status,
      paidAt: e.paidAt ? e.paidAt.toISOString() : null,
      createdAt: e.createdAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
    };
  }
}
