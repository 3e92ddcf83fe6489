-- A credit movement matched to an owner's payment keeps that payment's id (the funds context's `payments` row: a plain
-- uuid across contexts, no foreign key). Matching records the payment first, then marks the movement in its own
-- transaction; a movement is matched to at most one payment, and only a matched movement names one.
-- migrate:up
ALTER TABLE bank_movements ADD COLUMN payment_id uuid;
ALTER TABLE bank_movements
  ADD CONSTRAINT bank_movements_payment_ck CHECK (payment_id IS NULL OR status = 'matched');
CREATE UNIQUE INDEX bank_movements_payment_uq ON bank_movements (organization_id, payment_id) WHERE payment_id IS NOT NULL;

-- migrate:down
DROP INDEX bank_movements_payment_uq;
ALTER TABLE bank_movements DROP CONSTRAINT bank_movements_payment_ck;
ALTER TABLE bank_movements DROP COLUMN payment_id;
