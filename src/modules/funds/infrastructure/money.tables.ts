import { column, table } from '@shared/persistence/table';
import type { FundSnapshot } from '../domain/fund';
import type { CallSnapshot } from '../domain/call';
import type { ItemUnit } from '../domain/call-items';
import type { PaymentSnapshot } from '../domain/payment';

const cents = { read: Number };

export const funds = table<FundSnapshot>('funds', 'f', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  kind: column('kind'),
  name: column('name'),
  iban: column('iban'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});

export type CallRow = Omit<CallSnapshot, 'items'>;

export const calls = table<CallRow>('calls', 'c', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  fundId: column('fund_id'),
  title: column('title'),
  amountCents: column('amount_cents', cents),
  callDate: column('call_date', { date: true }),
  dueDate: column('due_date', { date: true }),
  keyId: column('key_id'),
  cancelledAt: column('cancelled_at'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});

export interface CallItemRow {
  id: string;
  organizationId: string;
  buildingId: string;
  callId: string;
  fundId: string;
  ownerId: string;
  amountCents: number;
  callDate: string;
  dueDate: string;
  units: readonly ItemUnit[];
  ogm: string;
}

export const callItems = table<CallItemRow>('call_items', 'i', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  callId: column('call_id'),
  fundId: column('fund_id'),
  ownerId: column('owner_id'),
  amountCents: column('amount_cents', cents),
  callDate: column('call_date', { date: true }),
  dueDate: column('due_date', { date: true }),
  units: column('units', { write: (units) => JSON.stringify(units) }),
  ogm: column('ogm'),
});

export type PaymentRow = Omit<PaymentSnapshot, 'allocations'>;

export const payments = table<PaymentRow>('payments', 'p', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  ownerId: column('owner_id'),
  amountCents: column('amount_cents', cents),
  paidOn: column('paid_on', { date: true }),
  ogm: column('ogm'),
  counterpartyIban: column('counterparty_iban'),
  unallocatedCents: column('unallocated_cents', cents),
  recordedBy: column('recorded_by'),
  createdAt: column('created_at'),
});

export interface AllocationRow {
  organizationId: string;
  paymentId: string;
  callItemId: string;
  amountCents: number;
  paidOn: string;
}

export const paymentAllocations = table<AllocationRow>('payment_allocations', 'a', {
  organizationId: column('organization_id'),
  paymentId: column('payment_id'),
  callItemId: column('call_item_id'),
  amountCents: column('amount_cents', cents),
  paidOn: column('paid_on', { date: true }),
});
