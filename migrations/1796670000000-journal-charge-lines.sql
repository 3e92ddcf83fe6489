-- The PCN report's charge movements (app_pcn_sources) read from a table of the journal's charge lines kept at
-- posting time (issue 21): each line on a charge account (class 6) of an entry other than a year-end closing, with
-- its entry's building and date and the source it is grouped by. The report then reads a building's period as one
-- range of one index instead of joining every entry of the period (payments included) to its lines. Measured on
-- the benchmark's year (104 expenses, 208 entries), the function alone (pgbench, runs one after the other): one
-- client 218-232 calls/s before, 313-369 after; two clients 406-423 before, 641-812 after.
--
-- The source of a movement: an expense's postings share the expense's id (expense_id); any other entry and its
-- reversal share the reversed entry's id (source_entry_id, null for an expense's postings). Lines never change nor
-- go (corrections are reversing entries), so neither do these: a statement trigger copies the lines as they are
-- inserted, in the transaction that posts them. No foreign key to journal_lines: only that trigger writes here, and
-- the check (a share lock on the line just inserted) cost more than the copy itself on every posting.
-- migrate:up
CREATE TABLE journal_charge_lines (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  building_id uuid NOT NULL,
  entry_date date NOT NULL,
  entry_id uuid NOT NULL,
  line_no smallint NOT NULL,
  account_code varchar(10) NOT NULL CHECK (account_code LIKE '6%'),
  -- Debit minus credit.
  amount_cents bigint NOT NULL,
  expense_id uuid,
  source_entry_id uuid,
  -- A building's charge lines in date order, carrying what the report groups and sums: index-only reads.
  PRIMARY KEY (organization_id, building_id, entry_date, entry_id, line_no)
    INCLUDE (account_code, amount_cents, expense_id, source_entry_id)
);
SELECT app_isolate_tenant('journal_charge_lines');
REVOKE UPDATE, DELETE ON journal_charge_lines FROM koprogo_app, koprogo_platform;
CREATE TRIGGER journal_charge_lines_posted BEFORE UPDATE OR DELETE ON journal_charge_lines
  FOR EACH ROW EXECUTE FUNCTION app_journal_posted();

CREATE FUNCTION app_journal_charge_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO journal_charge_lines (organization_id, building_id, entry_date, entry_id, line_no, account_code,
                                    amount_cents, expense_id, source_entry_id)
  SELECT n.organization_id, e.building_id, e.entry_date, n.entry_id, n.line_no, n.account_code,
         n.debit_cents - n.credit_cents,
         CASE WHEN e.source_type = 'expense' THEN e.source_id END,
         CASE WHEN e.source_type = 'expense' THEN NULL ELSE coalesce(e.reverses_entry_id, e.id) END
    FROM new_lines n
    JOIN journal_entries e ON e.organization_id = n.organization_id AND e.id = n.entry_id
   WHERE n.account_code LIKE '6%' AND e.source_type IS DISTINCT FROM 'closing';
  RETURN NULL;
END $$;
CREATE TRIGGER journal_lines_charge_lines AFTER INSERT ON journal_lines
  REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION app_journal_charge_lines();

-- The lines posted so far.
INSERT INTO journal_charge_lines (organization_id, building_id, entry_date, entry_id, line_no, account_code,
                                  amount_cents, expense_id, source_entry_id)
SELECT l.organization_id, e.building_id, e.entry_date, l.entry_id, l.line_no, l.account_code,
       l.debit_cents - l.credit_cents,
       CASE WHEN e.source_type = 'expense' THEN e.source_id END,
       CASE WHEN e.source_type = 'expense' THEN NULL ELSE coalesce(e.reverses_entry_id, e.id) END
  FROM journal_lines l
  JOIN journal_entries e ON e.organization_id = l.organization_id AND e.id = l.entry_id
 WHERE l.account_code LIKE '6%' AND e.source_type IS DISTINCT FROM 'closing';

-- The charge lines' partial index of migration pcn-covering-indexes served only the join this replaces.
DROP INDEX journal_lines_charges_idx;

-- The function of migration pcn-sources, its movements read from the charge lines.
CREATE OR REPLACE FUNCTION app_pcn_sources(
  p_organization uuid, p_building uuid, p_from date, p_to date, p_restricted boolean, p_owner uuid, p_documents boolean
) RETURNS TABLE (
  id uuid, name text, address text, postal_code text, city text, total_quota integer, association_bce text,
  units json, quotas json, ownerships json, names json, keys json, expenses json, movements json, labels json,
  holdings json
) LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH building_units AS (
    SELECT u.id, u.unit_number FROM units u WHERE u.organization_id = p_organization AND u.building_id = p_building
  ), building_ownerships AS (
    SELECT o.unit_id, o.owner_id, o.share, o.start_date, o.end_date, o.id FROM unit_ownerships o
     WHERE o.organization_id = p_organization AND o.unit_id IN (SELECT bu.id FROM building_units bu)
  ), caller_holdings AS (
    SELECT o.unit_id, o.start_date, o.end_date FROM building_ownerships o WHERE p_restricted AND o.owner_id = p_owner
  ), period_expenses AS (
    SELECT e.* FROM expenses e
     WHERE e.organization_id = p_organization AND e.building_id = p_building AND e.status <> 'cancelled'
       AND e.expense_date BETWEEN p_from AND p_to
  ), sums AS (
    SELECT c.account_code, c.expense_id, sum(c.amount_cents) AS amount, min(c.entry_date) AS first_day
      FROM journal_charge_lines c
     WHERE c.organization_id = p_organization AND c.building_id = p_building
       AND c.entry_date BETWEEN p_from AND p_to
     GROUP BY c.account_code, c.expense_id, c.source_entry_id
    HAVING sum(c.amount_cents) <> 0
  ), period_movements AS (
    -- The expense by its primary key, then kept only when it is one of the period's.
    SELECT m.account_code, m.expense_id, m.amount, m.first_day,
           p.expense_date, p.category, p.key_id, p.paid_from_reserve
      FROM sums m
      LEFT JOIN expenses e ON e.id = m.expense_id
      LEFT JOIN LATERAL (
        SELECT e.expense_date, e.category, e.key_id, e.paid_from_reserve
         WHERE e.organization_id = p_organization AND e.building_id = p_building AND e.status <> 'cancelled'
           AND e.expense_date BETWEEN p_from AND p_to
      ) p ON true
  ), chart_version AS (
    SELECT v.id FROM chart_versions v
     ORDER BY CASE WHEN v.valid_from <= p_to THEN v.valid_from END DESC NULLS LAST, v.valid_from
     LIMIT 1
  ), charge_accounts AS (
    SELECT a.code, a.label_fr, a.label_nl, NULL::text AS label_en
      FROM chart_version v JOIN chart_accounts a ON a.version_id = v.id AND a.class = 6
    UNION ALL
    SELECT o.code, o.label_fr, o.label_nl, o.label_en
      FROM organization_accounts o WHERE o.organization_id = p_organization AND left(o.code, 1) = '6'
  )
  SELECT b.id, b.name::text, b.address::text, b.postal_code::text, b.city::text, b.total_quota,
    b.association_bce::text,
    (SELECT coalesce(json_agg(json_build_array(u.id, u.unit_number) ORDER BY u.unit_number, u.id), '[]')
       FROM building_units u),
    (SELECT coalesce(json_agg(json_build_array(q.unit_id, q.quota, q.valid_from, q.valid_to)
                              ORDER BY q.unit_id, q.valid_from NULLS FIRST), '[]')
       FROM unit_quotas q WHERE q.unit_id IN (SELECT bu.id FROM building_units bu)),
    (SELECT coalesce(json_agg(json_build_array(o.unit_id, o.owner_id, round(o.share * 10000)::int, o.start_date,
                                               o.end_date) ORDER BY o.start_date, o.owner_id, o.id), '[]')
       FROM building_ownerships o),
    CASE WHEN p_documents THEN
      (SELECT coalesce(json_object_agg(n.id, json_build_object('firstName', n.first_name, 'lastName', n.last_name)),
                       '{}')
         FROM owners n
        WHERE n.organization_id = p_organization AND n.id IN (SELECT bo.owner_id FROM building_ownerships bo))
    ELSE '{}'::json END,
    (SELECT coalesce(json_agg(json_build_object('id', k.id, 'weights',
              (SELECT coalesce(json_agg(json_build_object('unitId', w.unit_id, 'weight', w.weight) ORDER BY w.unit_id),
                               '[]')
                 FROM distribution_key_weights w WHERE w.key_id = k.id))), '[]')
       FROM distribution_keys k WHERE k.organization_id = p_organization AND k.building_id = p_building),
    CASE WHEN p_documents THEN
      (SELECT coalesce(json_agg(json_build_object(
                'id', e.id, 'expenseDate', e.expense_date, 'accountCode', e.account_code, 'category', e.category,
                'amountCents', e.amount_cents, 'keyId', e.key_id, 'paidFromReserve', e.paid_from_reserve,
                'description', e.description, 'supplier', e.supplier, 'invoiceNumber', e.invoice_number,
                'vatRate', e.vat_rate, 'status', e.status, 'dueDate', e.due_date,
                'paidDate', (e.paid_at AT TIME ZONE 'Europe/Brussels')::date)
              ORDER BY e.expense_date, e.id), '[]')
         FROM period_expenses e)
    ELSE '[]'::json END,
    (SELECT coalesce(json_agg(json_build_array(m.account_code, m.expense_id, m.amount, m.first_day, m.expense_date,
                                               m.category, m.key_id, m.paid_from_reserve)
                              ORDER BY m.account_code, m.first_day, m.expense_id), '[]')
       FROM period_movements m),
    (SELECT coalesce(json_agg(json_build_array(a.code, a.label_fr, a.label_nl, a.label_en) ORDER BY a.code), '[]')
       FROM charge_accounts a
      WHERE p_documents OR a.code IN (SELECT pm.account_code FROM period_movements pm)),
    (SELECT coalesce(json_agg(json_build_array(h.unit_id, h.start_date, h.end_date) ORDER BY h.start_date, h.unit_id),
                     '[]')
       FROM caller_holdings h)
  FROM buildings b
  WHERE b.organization_id = p_organization AND b.id = p_building
    AND (NOT p_restricted OR EXISTS (
      SELECT 1 FROM caller_holdings h WHERE h.start_date <= p_to AND (h.end_date IS NULL OR h.end_date > p_from)));
END
$$;

-- migrate:down
-- The function as migration pcn-sources created it.
CREATE OR REPLACE FUNCTION app_pcn_sources(
  p_organization uuid, p_building uuid, p_from date, p_to date, p_restricted boolean, p_owner uuid, p_documents boolean
) RETURNS TABLE (
  id uuid, name text, address text, postal_code text, city text, total_quota integer, association_bce text,
  units json, quotas json, ownerships json, names json, keys json, expenses json, movements json, labels json,
  holdings json
) LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH building_units AS (
    SELECT u.id, u.unit_number FROM units u WHERE u.organization_id = p_organization AND u.building_id = p_building
  ), building_ownerships AS (
    SELECT o.unit_id, o.owner_id, o.share, o.start_date, o.end_date, o.id FROM unit_ownerships o
     WHERE o.organization_id = p_organization AND o.unit_id IN (SELECT bu.id FROM building_units bu)
  ), caller_holdings AS (
    SELECT o.unit_id, o.start_date, o.end_date FROM building_ownerships o WHERE p_restricted AND o.owner_id = p_owner
  ), period_expenses AS (
    SELECT e.* FROM expenses e
     WHERE e.organization_id = p_organization AND e.building_id = p_building AND e.status <> 'cancelled'
       AND e.expense_date BETWEEN p_from AND p_to
  ), sums AS (
    SELECT l.account_code, CASE WHEN j.source_type = 'expense' THEN j.source_id END AS expense_id,
           sum(l.debit_cents - l.credit_cents) AS amount, min(j.entry_date) AS first_day
      FROM journal_entries j
      JOIN journal_lines l ON l.organization_id = j.organization_id AND l.entry_id = j.id
     WHERE j.organization_id = p_organization AND j.building_id = p_building
       AND j.entry_date BETWEEN p_from AND p_to
       AND j.source_type IS DISTINCT FROM 'closing' AND l.account_code LIKE '6%'
     GROUP BY l.account_code, CASE WHEN j.source_type = 'expense' THEN j.source_id END,
              CASE WHEN j.source_type = 'expense' THEN NULL ELSE coalesce(j.reverses_entry_id, j.id) END
    HAVING sum(l.debit_cents - l.credit_cents) <> 0
  ), period_movements AS (
    -- The expense by its primary key, then kept only when it is one of the period's.
    SELECT m.account_code, m.expense_id, m.amount, m.first_day,
           p.expense_date, p.category, p.key_id, p.paid_from_reserve
      FROM sums m
      LEFT JOIN expenses e ON e.id = m.expense_id
      LEFT JOIN LATERAL (
        SELECT e.expense_date, e.category, e.key_id, e.paid_from_reserve
         WHERE e.organization_id = p_organization AND e.building_id = p_building AND e.status <> 'cancelled'
           AND e.expense_date BETWEEN p_from AND p_to
      ) p ON true
  ), chart_version AS (
    SELECT v.id FROM chart_versions v
     ORDER BY CASE WHEN v.valid_from <= p_to THEN v.valid_from END DESC NULLS LAST, v.valid_from
     LIMIT 1
  ), charge_accounts AS (
    SELECT a.code, a.label_fr, a.label_nl, NULL::text AS label_en
      FROM chart_version v JOIN chart_accounts a ON a.version_id = v.id AND a.class = 6
    UNION ALL
    SELECT o.code, o.label_fr, o.label_nl, o.label_en
      FROM organization_accounts o WHERE o.organization_id = p_organization AND left(o.code, 1) = '6'
  )
  SELECT b.id, b.name::text, b.address::text, b.postal_code::text, b.city::text, b.total_quota,
    b.association_bce::text,
    (SELECT coalesce(json_agg(json_build_array(u.id, u.unit_number) ORDER BY u.unit_number, u.id), '[]')
       FROM building_units u),
    (SELECT coalesce(json_agg(json_build_array(q.unit_id, q.quota, q.valid_from, q.valid_to)
                              ORDER BY q.unit_id, q.valid_from NULLS FIRST), '[]')
       FROM unit_quotas q WHERE q.unit_id IN (SELECT bu.id FROM building_units bu)),
    (SELECT coalesce(json_agg(json_build_array(o.unit_id, o.owner_id, round(o.share * 10000)::int, o.start_date,
                                               o.end_date) ORDER BY o.start_date, o.owner_id, o.id), '[]')
       FROM building_ownerships o),
    CASE WHEN p_documents THEN
      (SELECT coalesce(json_object_agg(n.id, json_build_object('firstName', n.first_name, 'lastName', n.last_name)),
                       '{}')
         FROM owners n
        WHERE n.organization_id = p_organization AND n.id IN (SELECT bo.owner_id FROM building_ownerships bo))
    ELSE '{}'::json END,
    (SELECT coalesce(json_agg(json_build_object('id', k.id, 'weights',
              (SELECT coalesce(json_agg(json_build_object('unitId', w.unit_id, 'weight', w.weight) ORDER BY w.unit_id),
                               '[]')
                 FROM distribution_key_weights w WHERE w.key_id = k.id))), '[]')
       FROM distribution_keys k WHERE k.organization_id = p_organization AND k.building_id = p_building),
    CASE WHEN p_documents THEN
      (SELECT coalesce(json_agg(json_build_object(
                'id', e.id, 'expenseDate', e.expense_date, 'accountCode', e.account_code, 'category', e.category,
                'amountCents', e.amount_cents, 'keyId', e.key_id, 'paidFromReserve', e.paid_from_reserve,
                'description', e.description, 'supplier', e.supplier, 'invoiceNumber', e.invoice_number,
                'vatRate', e.vat_rate, 'status', e.status, 'dueDate', e.due_date,
                'paidDate', (e.paid_at AT TIME ZONE 'Europe/Brussels')::date)
              ORDER BY e.expense_date, e.id), '[]')
         FROM period_expenses e)
    ELSE '[]'::json END,
    (SELECT coalesce(json_agg(json_build_array(m.account_code, m.expense_id, m.amount, m.first_day, m.expense_date,
                                               m.category, m.key_id, m.paid_from_reserve)
                              ORDER BY m.account_code, m.first_day, m.expense_id), '[]')
       FROM period_movements m),
    (SELECT coalesce(json_agg(json_build_array(a.code, a.label_fr, a.label_nl, a.label_en) ORDER BY a.code), '[]')
       FROM charge_accounts a
      WHERE p_documents OR a.code IN (SELECT pm.account_code FROM period_movements pm)),
    (SELECT coalesce(json_agg(json_build_array(h.unit_id, h.start_date, h.end_date) ORDER BY h.start_date, h.unit_id),
                     '[]')
       FROM caller_holdings h)
  FROM buildings b
  WHERE b.organization_id = p_organization AND b.id = p_building
    AND (NOT p_restricted OR EXISTS (
      SELECT 1 FROM caller_holdings h WHERE h.start_date <= p_to AND (h.end_date IS NULL OR h.end_date > p_from)));
END
$$;

CREATE INDEX journal_lines_charges_idx ON journal_lines (entry_id)
  INCLUDE (organization_id, account_code, debit_cents, credit_cents) WHERE account_code LIKE '6%';
DROP TRIGGER journal_lines_charge_lines ON journal_lines;
DROP FUNCTION app_journal_charge_lines();
DROP TABLE journal_charge_lines;
