import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { brusselsDate, CalendarDate, Clock, Page, Period, ResourceNotFound, TenantContext } from '@shared/domain';
import { AccountChart } from '../domain/account-chart';
import { Expense, ExpenseSnapshot, ExpenseView, viewOf } from '../domain/expense';
import { daysWritten } from '../domain/expense-books';
import { UnknownAccountCode } from '../domain/expense.errors';
import { ExpenseRepository, UnpaidInvoice } from '../domain/expense.repository';
import { heldOn, HoldingPeriod, periodsDuring } from '../domain/holding-periods';
import { RegistryAccess } from '../domain/registry-access';
import { CreateExpenseInput, ListExpensesInput, MarkPaidInput, ReviseExpenseInput } from './expense.inputs';

const notFound = () => new ResourceNotFound('expense');
const buildingNotFound = () => new ResourceNotFound('building');

/**
 * Expenses of the caller's organization. Owners read only the expenses of the buildings where they held a share,
 * dated within the periods they held it (a seller keeps the months before the sale, a buyer starts with the deed);
 * any other expense answers 404. Also the facade other contexts use: `chargeableForBuilding` (PCN), `assertInBuilding`
 * (documents), `hasExpensesForBuilding`.
 */
@Injectable()
export class ExpensesService {
  constructor(
    private readonly repo: ExpenseRepository,
    private readonly registry: RegistryAccess,
    private readonly chart: AccountChart,
    private readonly clock: Clock,
  ) {}

  /**
   * Only syndics and accountants record expenses, and they see every building of their organization. 404 for an
   * unknown building, 409 PERIOD_CLOSED when the expense date lies in the building's closed books.
   */
  async create(tenant: TenantContext, input: CreateExpenseInput): Promise<ExpenseView> {
    await this.assertInChart(tenant, input.accountCode, input.expenseDate);
    const expense = Expense.record(
      { ...input, id: randomUUID(), organizationId: tenant.organizationId },
      this.clock.now(),
    );
    await this.registry.assertBooksOpen(tenant, input.buildingId, ...daysWritten(null, expense.toSnapshot()));
    await this.repo.insert(expense);
    return viewOf(expense.toSnapshot(), this.clock.today());
  }

  async list(tenant: TenantContext, input: ListExpensesInput): Promise<Page<ExpenseView>> {
    return this.listWithin(tenant, input, await this.registry.holdingPeriods(tenant));
  }

  /** `GET /buildings/:id/expenses`: 404 when the building is not visible to the caller (an owner: never held). */
  async listForBuilding(
    tenant: TenantContext,
    buildingId: string,
    input: ListExpensesInput,
  ): Promise<Page<ExpenseView>> {
    const held = await this.readablePeriods(tenant, buildingId, {});
    return this.listWithin(tenant, { ...input, buildingId }, held);
  }

  async get(tenant: TenantContext, id: string): Promise<ExpenseView> {
    return viewOf(await this.load(tenant, id), this.clock.today());
  }

  /** The expense if the caller may read it, else 404. */
  async load(tenant: TenantContext, id: string): Promise<ExpenseSnapshot> {
    const found = this.repo.findById(tenant.organizationId, id).then((expense) => expense && { expense });
    return (await this.loadVisible(tenant, found)).expense;
  }

  /**
   * What `read` found with an expense (the expense alone, or with what a use of it reads in the same round trip) if
   * the caller may read that expense, else 404: an owner reads the expenses dated while it held a share of the
   * building.
   */
  async loadVisible<T extends { readonly expense: ExpenseSnapshot }>(
    tenant: TenantContext,
    read: Promise<T | null>,
  ): Promise<T> {
    const [found, held] = await Promise.all([read, this.registry.holdingPeriods(tenant)]);
    if (!found || (held && !heldOn(held, found.expense.buildingId, found.expense.expenseDate))) throw notFound();
    return found;
  }

  async revise(tenant: TenantContext, id: string, input: ReviseExpenseInput): Promise<ExpenseView> {
    await this.assertInChart(tenant, input.accountCode, input.expenseDate);
    return this.change(tenant, id, (expense, now) => expense.revise(input, now));
  }

  async markPaid(tenant: TenantContext, id: string, input: MarkPaidInput): Promise<ExpenseView> {
    return this.change(tenant, id, (expense, now) =>
      expense.markPaid(input.paidAt ? new Date(input.paidAt) : now, now),
    );
  }

  async cancel(tenant: TenantContext, id: string): Promise<ExpenseView> {
    return this.change(tenant, id, (expense, now) => expense.cancel(now));
  }

  /** 409 EXPENSE_ALREADY_PAID / EXPENSE_CANCELLED, and PERIOD_CLOSED when it is dated in closed books. */
  async remove(tenant: TenantContext, id: string): Promise<void> {
    const removed = await this.repo.delete(tenant.organizationId, id, (expense, books) => {
      expense.assertRemovable();
      books.assertOpen(...daysWritten(expense.toSnapshot(), null));
    });
    if (!removed) throw notFound();
  }

  /**
   * Facade (PCN, building charges): the building's expenses dated within the period, cancelled ones left out, by
   * date. An owner gets those dated within its holding periods, and 404 when it held no share during the period.
   */
  async chargeableForBuilding(tenant: TenantContext, buildingId: string, period: Period): Promise<ExpenseView[]> {
    const held = await this.readablePeriods(tenant, buildingId, period);
    const today = this.clock.today();
    const expenses = await this.repo.chargeableIn(tenant.organizationId, [buildingId], period);
    return expenses.filter((e) => !held || heldOn(held, buildingId, e.expenseDate)).map((s) => viewOf(s, today));
  }

  /**
   * Null when the caller reads every day of the building's books (after checking the building is visible); for an
   * owner, its holding periods of the building that meet `period`, and 404 when there are none.
   */
  private async readablePeriods(
    tenant: TenantContext,
    buildingId: string,
    period: Period,
  ): Promise<readonly HoldingPeriod[] | null> {
    const held = await this.registry.holdingPeriods(tenant);
    if (!held) {
      await this.registry.assertBuildingVisible(tenant, buildingId);
      return null;
    }
    const during = periodsDuring(held, buildingId, period);
    if (!during.length) throw buildingNotFound();
    return during;
  }

  private async listWithin(
    tenant: TenantContext,
    input: ListExpensesInput,
    held: readonly HoldingPeriod[] | null,
  ): Promise<Page<ExpenseView>> {
    const today = this.clock.today();
    const page = await this.repo.list(
      tenant.organizationId,
      { ...input, heldPeriods: held ?? undefined, today },
      { page: input.page, perPage: input.perPage, sort: input.sort ?? 'expenseDate', order: input.order ?? 'desc' },
    );
    return { ...page, items: page.items.map((s) => viewOf(s, today)) };
  }

  /** Facade (documents): 404 unless the expense is visible to the caller and belongs to this building. */
  async assertInBuilding(tenant: TenantContext, expenseId: string, buildingId: string): Promise<void> {
    if ((await this.load(tenant, expenseId)).buildingId !== buildingId) throw notFound();
  }

  /**
   * Facade (bank statements): the building's unpaid invoices whose supplier IBAN is one of `ibans`, oldest due
   * first. For syndics and accountants, who see every expense of their organization.
   */
  unpaidToSuppliers(tenant: TenantContext, buildingId: string, ibans: readonly string[]): Promise<UnpaidInvoice[]> {
    return this.repo.unpaidToSuppliers(tenant.organizationId, buildingId, ibans);
  }

  /**
   * Facade: true when the building has expenses that are not cancelled. The registry cannot call it (it sits below
   * expenses in the module graph): the database refuses its deletes instead (expenses_building_fk, and the
   * units_building_charges trigger for units).
   */
  hasExpensesForBuilding(tenant: TenantContext, buildingId: string): Promise<boolean> {
    return this.repo.existsForBuilding(tenant.organizationId, buildingId);
  }

  private async change(
    tenant: TenantContext,
    id: string,
    apply: (expense: Expense, now: Date) => void,
  ): Promise<ExpenseView> {
    const now = this.clock.now();
    const updated = await this.repo.update(tenant.organizationId, id, (expense, books) => {
      const before = expense.toSnapshot();
      apply(expense, now);
      // Nothing is stored when this refuses: the transaction rolls back.
      books.assertOpen(...daysWritten(before, expense.toSnapshot()));
    });
    if (!updated) throw notFound();
    return viewOf(updated, brusselsDate(now));
  }

  private async assertInChart(
    tenant: TenantContext,
    accountCode: string | null | undefined,
    day: CalendarDate,
  ): Promise<void> {
    if (accountCode && !(await this.chart.exists(tenant.organizationId, accountCode, day)))
      throw new UnknownAccountCode(accountCode);
  }
}
