-- Reconciliation of bank movements beyond the structured communication (issue 17, Money II item 4).
-- A debit can be matched to a supplier invoice: the movement keeps the expense it paid (the expenses context's row, a
-- plain uuid across contexts), and an expense is paid by at most one movement. An expense may carry the supplier's
-- IBAN, printed on every Belgian invoice, so that a debit to that account for that amount can be suggested.
-- A movement without a usable structured communication may hold a suggestion, computed at import: a credit from an
-- IBAN an owner paid from before and an open call item of that owner of exactly that amount, or a debit to a
-- supplier's IBAN for exactly the amount of one of its unpaid invoices. Only a `suggested` movement holds one.
-- migrate:up
ALTER TABLE bank_movements
  ADD COLUMN expense_id uuid,
  ADD COLUMN suggestion_reason varchar(30),
  ADD COLUMN suggested_owner_id uuid,
  ADD COLUMN suggested_call_item_id uuid,
  ADD COLUMN suggested_expense_id uuid;
ALTER TABLE bank_movements
  ADD CONSTRAINT bank_movements_expense_ck CHECK (expense_id IS NULL OR (status = 'matched' AND payment_id IS NULL)),
  ADD CONSTRAINT bank_movements_suggestion_ck CHECK (
    (status = 'suggested') = (suggestion_reason IS NOT NULL)
    AND (suggestion_reason IS NULL OR suggestion_reason IN ('owner_iban_and_amount', 'supplier_iban_and_amount'))
    AND (suggestion_reason IS DISTINCT FROM 'owner_iban_and_amount'
      OR (suggested_owner_id IS NOT NULL AND suggested_call_item_id IS NOT NULL AND suggested_expense_id IS NULL))
    AND (suggestion_reason IS DISTINCT FROM 'supplier_iban_and_amount'
      OR (suggested_expense_id IS NOT NULL AND suggested_owner_id IS NULL AND suggested_call_item_id IS NULL))
    AND (suggestion_reason IS NOT NULL
      OR (suggested_owner_id IS NULL AND suggested_call_item_id IS NULL AND suggested_expense_id IS NULL))
  );
CREATE UNIQUE INDEX bank_movements_expense_uq ON bank_movements (organization_id, expense_id) WHERE expense_id IS NOT NULL;

-- The owners known to pay from an account: their earlier payments from it.
CREATE INDEX payments_counterparty_iban_idx
  ON payments (organization_id, counterparty_iban, owner_id) WHERE counterparty_iban IS NOT NULL;

ALTER TABLE expenses ADD COLUMN supplier_iban varchar(34);
-- A building's unpaid invoices of a supplier's account.
CREATE INDEX expenses_supplier_iban_idx
  ON expenses (organization_id, building_id, supplier_iban) WHERE supplier_iban IS NOT NULL AND status = 'pending';

-- migrate:down
DROP INDEX expenses_supplier_iban_idx;
ALTER TABLE expenses DROP COLUMN supplier_iban;
DROP INDEX payments_counterparty_iban_idx;
DROP INDEX bank_movements_expense_uq;
ALTER TABLE bank_movements DROP CONSTRAINT bank_movements_suggestion_ck, DROP CONSTRAINT bank_movements_expense_ck;
ALTER TABLE bank_movements
  DROP COLUMN suggested_expense_id,
  DROP COLUMN suggested_call_item_id,
  DROP COLUMN suggested_owner_id,
  DROP COLUMN suggestion_reason,
  DROP COLUMN expense_id;
