-- An owner's ledger sums what was called and paid before the period and up to its last day (issue 21): the indexes
-- it reads by (owner, building, date) carry the amounts, so those sums are index-only scans; a building's cancelled
-- calls, few, have an index of their own to leave their items out.
-- migrate:up
DROP INDEX call_items_owner_idx;
CREATE INDEX call_items_owner_idx ON call_items (organization_id, owner_id, building_id, call_date, id)
  INCLUDE (call_id, fund_id, amount_cents);
DROP INDEX payments_owner_idx;
CREATE INDEX payments_owner_idx ON payments (organization_id, owner_id, building_id, paid_on, id)
  INCLUDE (amount_cents);
DROP INDEX payment_allocations_item_idx;
CREATE INDEX payment_allocations_item_idx ON payment_allocations (organization_id, call_item_id, paid_on)
  INCLUDE (amount_cents);
CREATE INDEX calls_building_cancelled_idx ON calls (organization_id, building_id, id) WHERE cancelled_at IS NOT NULL;

-- migrate:down
DROP INDEX calls_building_cancelled_idx;
DROP INDEX payment_allocations_item_idx;
CREATE INDEX payment_allocations_item_idx ON payment_allocations (organization_id, call_item_id, paid_on);
DROP INDEX payments_owner_idx;
CREATE INDEX payments_owner_idx ON payments (organization_id, owner_id, building_id, paid_on, id);
DROP INDEX call_items_owner_idx;
CREATE INDEX call_items_owner_idx ON call_items (organization_id, owner_id, building_id, call_date, id);
