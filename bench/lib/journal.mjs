// The journal entries of the expenses the benchmark writes in bulk, posted in bulk: what ExpenseJournal posts for an
// expense recorded then marked paid (src/modules/accounting/domain/postings.ts), as the migration that posted the
// expenses recorded before the journal existed does it (migrations/1796647696253-one-chart-of-accounts.sql):
// - the invoice (purchases, on the expense date): its charge account against 440, a credit note the other way round;
// - for an expense paid from the reserve fund, the use of the fund (misc, on the expense date): 160 against 792;
// - once paid (financial, on the Brussels day it was paid): 440 against 550, or 551 from the reserve.
// Entries are dated and timed like the expense (created_at, paid_at). The database checks what it checks for the
// application: each entry balanced at commit, lines only in the transaction of their entry, the books open on the
// entry's day, the month and year totals (journal_month_totals) kept by the lines' statement trigger.
import { dist } from './app.mjs';

/**
 * Posts the entries of the building's expenses that have none yet (an expense the application recorded is posted
 * already): two statements in one transaction, the entries and then their lines.
 */
export async function postExpenseJournal(db, organizationId, buildingId) {
  const { sql } = dist('shared/persistence/sql');
  const building = sql`e.organization_id = ${organizationId} AND e.building_id = ${buildingId}`;
  /** An expense's reference in the journal, as expenseReference() builds it. */
  const reference = sql`concat_ws(' · ', nullif(e.supplier, ''), nullif(e.invoice_number, ''), nullif(e.description, ''))`;
  return db.transaction(async (tx) => {
    const entries = await tx.execute(
      sql`INSERT INTO journal_entries (id, organization_id, building_id, entry_date, journal, reference, source_type,
                                       source_id, created_at)
          SELECT gen_random_uuid(), e.organization_id, e.building_id, p.entry_date, p.journal, p.reference,
                 p.source_type, e.id, p.created_at
            FROM expenses e
           CROSS JOIN LATERAL (VALUES
             ('purchases', 'expense', e.expense_date, left(${reference}, 200), e.created_at, true),
             ('misc', 'expense', e.expense_date, left('Reserve fund ' || ${reference}, 200), e.created_at,
              e.paid_from_reserve),
             ('financial', 'expense_payment', (e.paid_at AT TIME ZONE 'Europe/Brussels')::date,
              left('Payment ' || ${reference}, 200), e.paid_at, e.status = 'paid')
           ) AS p (journal, source_type, entry_date, reference, created_at, posted)
           WHERE ${building} AND e.status <> 'cancelled' AND e.amount_cents <> 0 AND p.posted
             AND NOT EXISTS (SELECT 1 FROM journal_entries j WHERE j.organization_id = e.organization_id
                                AND j.source_type = p.source_type AND j.source_id = e.id)`,
    );
    if (entries === 0) return 0;
    // The lines of the entries this transaction wrote (the test the database applies to a new line), debit first.
    await tx.execute(
      sql`INSERT INTO journal_lines (organization_id, entry_id, line_no, account_code, debit_cents, credit_cents)
          SELECT j.organization_id, j.id, l.line_no, l.account_code, l.debit_cents, l.credit_cents
            FROM journal_entries j
            JOIN expenses e ON e.organization_id = j.organization_id AND e.id = j.source_id
           CROSS JOIN LATERAL (SELECT CASE j.journal
                                        WHEN 'purchases' THEN ARRAY[e.account_code::text, '440']
                                        WHEN 'misc' THEN ARRAY['160', '792']
                                        ELSE ARRAY['440', CASE WHEN e.paid_from_reserve THEN '551' ELSE '550' END]
                                      END AS accounts,
                                      abs(e.amount_cents) AS cents, e.amount_cents > 0 AS forward) a
           CROSS JOIN LATERAL (VALUES
             (1, a.accounts[CASE WHEN a.forward THEN 1 ELSE 2 END], a.cents, 0::bigint),
             (2, a.accounts[CASE WHEN a.forward THEN 2 ELSE 1 END], 0::bigint, a.cents)
           ) AS l (line_no, account_code, debit_cents, credit_cents)
           WHERE j.organization_id = ${organizationId} AND j.building_id = ${buildingId}
             AND j.source_type IN ('expense', 'expense_payment')
             AND j.xmin::text::bigint = txid_current() % 4294967296`,
    );
    return entries;
  });
}
