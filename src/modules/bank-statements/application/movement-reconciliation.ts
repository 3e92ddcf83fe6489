import { Injectable } from '@nestjs/common';
import { ExpensesService } from '@modules/expenses';
import { PaymentsService } from '@modules/funds';
import { DomainError, ResourceNotFound, TenantContext } from '@shared/domain';
import { type BankMovementSnapshot, matchesOnImport } from '../domain/bank-statement';
import {
  MovementAlreadyMatched,
  MovementAmountMismatch,
  MovementNotACredit,
  MovementNotADebit,
} from '../domain/bank-statement.errors';
import { BankStatementRepository, Settlement, SuggestedMovement } from '../domain/bank-statement.repository';
import {
  type MatchInput,
  type MatchTarget,
  matchRefusal,
  matchTargetOf,
  paysInvoiceExactly,
  suggestionFor,
} from '../domain/movement-matching';

/**
 * Reconciliation of a building's bank movements (domain.md "Books"): on import, each credit whose structured
 * communication names a call item of the building becomes that owner's payment; each other movement from or to an
 * account known for an owner or a supplier, of exactly an amount due, gets a suggestion; the rest waits unmatched.
 * A person matches a movement to a call item, an owner or an invoice.
 *
 * Payments and invoices belong to the funds and expenses contexts, which record each in its own transaction (and
 * post its journal entry there): a movement is matched by locking it, recording the payment, then marking it matched
 * (see `BankStatementRepository.matchWith`).
 */
@Injectable()
export class MovementReconciliation {
  constructor(
    private readonly repo: BankStatementRepository,
    private readonly payments: PaymentsService,
    private readonly expenses: ExpensesService,
  ) {}

  /**
   * PUT /bank-movements/:id/match: exactly one of callItemId, ownerId, expenseId (else 400). 404 for a movement,
   * call item, owner or expense the organization does not hold (a call item or an expense of another building of
   * the organization too); 409 MOVEMENT_ALREADY_MATCHED; 422 MOVEMENT_NOT_A_CREDIT (a debit to an owner or a call
   * item), MOVEMENT_NOT_A_DEBIT (a credit to an expense), MOVEMENT_AMOUNT_MISMATCH (a debit other than the invoice's
   * amount); the other contexts' refusals (409 PERIOD_CLOSED, EXPENSE_ALREADY_PAID, EXPENSE_CANCELLED, 422
   * PAYMENT_OWNER_MISMATCH) leave the movement as it was.
   */
  async match(tenant: TenantContext, id: string, input: MatchInput): Promise<BankMovementSnapshot> {
    const target = matchTargetOf(input);
    const movement = await this.repo.matchWith(tenant.organizationId, id, (locked) => {
      const refusal = matchRefusal(locked, target.kind);
      if (refusal === 'already_matched') throw new MovementAlreadyMatched();
      if (refusal === 'not_a_credit') throw new MovementNotACredit(locked.amountCents);
      if (refusal === 'not_a_debit') throw new MovementNotADebit(locked.amountCents);
      return target.kind === 'expense' ? this.payInvoice(tenant, locked, target.id) : this.pay(tenant, locked, target);
    });
    if (!movement) throw new ResourceNotFound('bank movement');
    return movement;
  }

  /** After an import: the OGM matches, then the suggestions of what is left. */
  async reconcileImported(tenant: TenantContext, statementId: string): Promise<void> {
    await this.matchByOgm(tenant, statementId);
    await this.suggest(tenant, statementId);
  }

  private async matchByOgm(tenant: TenantContext, statementId: string): Promise<void> {
    for (const movement of await this.repo.movementsOf(tenant.organizationId, statementId)) {
      if (!matchesOnImport(movement)) continue;
      await this.repo.matchWith(tenant.organizationId, movement.id, async (locked) => {
        if (!matchesOnImport(locked)) return null;
        try {
          return await this.pay(tenant, locked, null);
        } catch (error) {
          // Not a known OGM of the building (PAYMENT_UNIDENTIFIED), or a payment the books refuse (PERIOD_CLOSED):
          // the movement waits in the queue for a person to decide.
          if (error instanceof DomainError) return null;
          throw error;
        }
      });
    }
  }

  /** Three reads and one write for the whole statement, whatever its number of movements. */
  private async suggest(tenant: TenantContext, statementId: string): Promise<void> {
    const waiting = (await this.repo.movementsOf(tenant.organizationId, statementId)).filter(
      (m) => m.status === 'unmatched' && m.counterpartyIban !== null,
    );
    if (waiting.length === 0) return;
    const buildingId = waiting[0]!.buildingId;
    const ibans = (credit: boolean) => [
      ...new Set(waiting.filter((m) => m.amountCents > 0 === credit).map((m) => m.counterpartyIban!)),
    ];
    const [owed, invoices] = await Promise.all([
      this.payments.openItemsOfPayers(tenant, buildingId, ibans(true)),
      this.expenses.unpaidToSuppliers(tenant, buildingId, ibans(false)),
    ]);
    const suggestions = waiting.flatMap((m): SuggestedMovement[] => {
      const suggestion = suggestionFor(m, owed, invoices);
      return suggestion ? [{ movementId: m.id, suggestion }] : [];
    });
    await this.repo.suggest(tenant.organizationId, suggestions);
  }

  private async pay(
    tenant: TenantContext,
    movement: BankMovementSnapshot,
    target: Exclude<MatchTarget, { kind: 'expense' }> | null,
  ): Promise<Settlement> {
    const payment = await this.payments.record(tenant, {
      buildingId: movement.buildingId,
      amountCents: movement.amountCents,
      paidOn: movement.bookingDate,
      ogm: movement.ogm,
      ownerId: target?.kind === 'owner' ? target.id : null,
      callItemId: target?.kind === 'call_item' ? target.id : null,
      counterpartyIban: movement.counterpartyIban,
    });
    return { paymentId: payment.id };
  }

  /** The invoice is marked paid on the booking day through the expenses context, which posts 440 against the bank. */
  private async payInvoice(tenant: TenantContext, movement: BankMovementSnapshot, id: string): Promise<Settlement> {
    const invoice = await this.expenses.get(tenant, id);
    if (invoice.buildingId !== movement.buildingId) throw new ResourceNotFound('expense');
    if (!paysInvoiceExactly(movement.amountCents, invoice.amountCents)) {
      throw new MovementAmountMismatch(movement.amountCents, invoice.amountCents);
    }
    // Midnight UTC of the booking day is within that day in Brussels (01:00 or 02:00).
    await this.expenses.markPaid(tenant, id, { paidAt: `${movement.bookingDate}T00:00:00.000Z` });
    return { expenseId: id };
  }
}
