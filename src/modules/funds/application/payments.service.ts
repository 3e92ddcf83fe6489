import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  Clock,
  InvalidOgm,
  normalizeIban,
  normalizeOgm,
  Page,
  ResourceNotFound,
  TenantContext,
} from '../../../shared/domain';
import { InvalidFund, PaymentOwnerMismatch, PaymentUnidentified } from '../domain/money.errors';
import { MoneyRegistry } from '../domain/money-registry';
import { NamedItem, PayerItem, PaymentRepository, PaymentSnapshot } from '../domain/payment';
import { allocatePayment } from '../domain/payment-allocation';
import { ListPaymentsInput, RecordPaymentInput } from './money.inputs';

/**
 * Owners' payments (domain.md "Money"): each goes to the call item its structured communication names, then to the
 * owner's oldest due items, and what is left stays as a credit on the owner's ledger. Syndics and accountants record
 * them. Every refusal comes before anything is stored.
 */
@Injectable()
export class PaymentsService {
  constructor(
    private readonly repo: PaymentRepository,
    private readonly registry: MoneyRegistry,
    private readonly clock: Clock,
  ) {}

  /**
   * 400 INVALID_OGM when the check digits fail; 404 for the building or the owner; 409 PERIOD_CLOSED; 422
   * PAYMENT_UNIDENTIFIED when neither a known structured communication of the building nor an owner says whose it
   * is, PAYMENT_OWNER_MISMATCH when they name different owners. A `callItemId` (404 unless an item of the building)
   * names the item to pay first in place of the structured communication, which the payment still carries.
   */
  async record(tenant: TenantContext, input: RecordPaymentInput): Promise<PaymentSnapshot> {
    const ogm = input.ogm ? normalizeOgm(input.ogm) : null;
    if (input.ogm && !ogm) throw new InvalidOgm();
    const iban = input.counterpartyIban ? normalizeIban(input.counterpartyIban) : null;
    if (input.counterpartyIban && !iban) {
      throw new InvalidFund('counterpartyIban', 'counterpartyIban must be an IBAN whose check digits hold (mod 97)');
    }
    await this.registry.assertBooksOpen(tenant, input.buildingId, input.paidOn);
    if (input.ownerId) await this.registry.assertOwnerVisible(tenant, input.ownerId);
    const named = await this.namedItem(tenant, input.buildingId, input.callItemId ?? null, ogm);
    if (named && input.ownerId && named.ownerId !== input.ownerId) throw new PaymentOwnerMismatch();
    const ownerId = named?.ownerId ?? input.ownerId;
    if (!ownerId) throw new PaymentUnidentified();
    return this.repo.record(
      {
        id: randomUUID(),
        organizationId: tenant.organizationId,
        buildingId: input.buildingId,
        ownerId,
        amountCents: input.amountCents,
        paidOn: input.paidOn,
        ogm,
        counterpartyIban: iban,
        recordedBy: tenant.userId,
        createdAt: this.clock.now(),
      },
      (items) => allocatePayment(input.amountCents, named?.id ?? null, items),
    );
  }

  /**
   * Facade (bank statements): the building's call items still owed by owners who paid before from one of `ibans`,
   * oldest due first.
   */
  openItemsOfPayers(tenant: TenantContext, buildingId: string, ibans: readonly string[]): Promise<PayerItem[]> {
    return this.repo.openItemsOfPayers(tenant.organizationId, buildingId, ibans);
  }

  private async namedItem(
    tenant: TenantContext,
    buildingId: string,
    callItemId: string | null,
    ogm: string | null,
  ): Promise<NamedItem | null> {
    if (callItemId) {
      const item = await this.repo.itemById(tenant.organizationId, buildingId, callItemId);
      if (!item) throw new ResourceNotFound('call item');
      return item;
    }
    return ogm ? this.repo.itemByOgm(tenant.organizationId, buildingId, ogm) : null;
  }

  async get(tenant: TenantContext, id: string): Promise<PaymentSnapshot> {
    const payment = await this.repo.findById(tenant.organizationId, id);
    if (!payment) throw new ResourceNotFound('payment');
    return payment;
  }

  async list(tenant: TenantContext, input: ListPaymentsInput): Promise<Page<PaymentSnapshot>> {
    if (input.buildingId) await this.registry.assertBuildingVisible(tenant, input.buildingId);
    if (input.ownerId) await this.registry.assertOwnerVisible(tenant, input.ownerId);
    return this.repo.list(
      tenant.organizationId,
      { buildingId: input.buildingId, ownerId: input.ownerId, from: input.from, to: input.to },
      {
        page: input.page,
        perPage: input.perPage,
        sort: input.sort ?? 'paidOn',
        order: input.order ?? 'desc',
      },
    );
  }
}
