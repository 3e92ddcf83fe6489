import { randomUUID } from 'node:crypto';
import { aBuildingWithUnits, anOwner } from '@test/builders/registry.builders';
import { createTestApp, TestApp } from '@test/support/test-app';
import { TenantSession } from '@test/support/tenant-session';
import { PeriodClosed } from '@shared/domain';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';

/**
 * The database's own guarantee: a write dated in a building's closed books is refused whoever sends it, even a raw
 * statement through the tenant executor that skips every application check; and a closing racing such a write never
 * lets the write land after the closing.
 */
describe('closed books in the database', () => {
  let api: TestApp;
  let db: TenantDatabase;
  let syndic: TenantSession;
  let org: string;

  const aBuilding = async () => (await aBuildingWithUnits(syndic, [1000])).buildingId;
  const closeRaw = (buildingId: string, until: string) =>
    sql`INSERT INTO building_closings (id, organization_id, building_id, until, closed_by)
        VALUES (${randomUUID()}, ${org}, ${buildingId}, ${until}, ${syndic.userId})`;
  const expenseRaw = (buildingId: string, expenseDate: string, id = randomUUID()) =>
    sql`INSERT INTO expenses (id, organization_id, building_id, category, description, amount_cents, expense_date,
                              account_code)
        VALUES (${id}, ${org}, ${buildingId}, 'cleaning', 'Nettoyage', 10000, ${expenseDate}, '610200')`;
  const expenseExists = async (id: string) =>
    (await db.reader(org).rows(sql`SELECT 1 FROM expenses WHERE id = ${id}`)).length === 1;
  const refusal = (date: string, closedUntil: string) =>
    expect.objectContaining({ code: 'PERIOD_CLOSED', params: { date, closedUntil } });

  beforeAll(async () => {
    api = await createTestApp();
    db = api.app.get(TenantDatabase);
    syndic = await TenantSession.forNewOrganization(api.app);
    org = syndic.organizationId;
  });
  afterAll(() => api.close());

  it('refuses raw expense writes dated in closed books, old and new dates alike, and accepts later ones', async () => {
    const building = await aBuilding();
    const inside = randomUUID();
    const outside = randomUUID();
    await db.writeOnce(org, expenseRaw(building, '2025-06-30', inside));
    await db.writeOnce(org, expenseRaw(building, '2026-01-15', outside));
    await db.writeOnce(org, closeRaw(building, '2025-12-31'));

    await expect(db.writeOnce(org, expenseRaw(building, '2025-12-31'))).rejects.toEqual(
      refusal('2025-12-31', '2025-12-31'),
    );
    await expect(db.writeOnce(org, expenseRaw(building, '2026-01-01'))).resolves.toEqual([]);
    const update = (set: ReturnType<typeof sql>, id: string) =>
      db.writeOnce(org, sql`UPDATE expenses SET ${set} WHERE id = ${id}`);
    await expect(update(sql`description = 'x'`, inside)).rejects.toBeInstanceOf(PeriodClosed);
    await expect(update(sql`expense_date = '2026-02-01'`, inside)).rejects.toBeInstanceOf(PeriodClosed);
    await expect(update(sql`expense_date = '2025-02-01'`, outside)).rejects.toEqual(
      refusal('2025-02-01', '2025-12-31'),
    );
    await expect(update(sql`status = 'cancelled'`, inside)).rejects.toBeInstanceOf(PeriodClosed);
    await expect(db.writeOnce(org, sql`DELETE FROM expenses WHERE id = ${inside}`)).rejects.toBeInstanceOf(
      PeriodClosed,
    );
    expect(await expenseExists(inside)).toBe(true);
  });

  it('dates a payment on its Brussels paid day: an invoice of a closed year can be paid in an open one', async () => {
    const building = await aBuilding();
    const [a, b] = [randomUUID(), randomUUID()];
    await db.writeOnce(org, expenseRaw(building, '2025-06-30', a));
    await db.writeOnce(org, expenseRaw(building, '2025-06-30', b));
    await db.writeOnce(org, closeRaw(building, '2025-12-31'));
    const pay = (id: string, paidAt: string) =>
      db.writeOnce(
        org,
        sql`UPDATE expenses SET status = 'paid', paid_at = ${paidAt}, updated_at = now() WHERE id = ${id}`,
      );
    // 22:30 UTC on 31 December is 23:30 in Brussels, still the closed year; 23:30 UTC is already 1 January.
    await expect(pay(a, '2025-12-31T22:30:00Z')).rejects.toEqual(refusal('2025-12-31', '2025-12-31'));
    await expect(pay(b, '2025-12-31T23:30:00Z')).resolves.toEqual([]);
  });

  it('refuses raw ownership writes dated in closed books, the building found through the unit', async () => {
    const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [1000]);
    const unit = unitIds[0]!;
    const [alice, bob] = [await anOwner(syndic), await anOwner(syndic)];
    const id = randomUUID();
    const own = (ownerId: string, start: string, rowId = randomUUID()) =>
      sql`INSERT INTO unit_ownerships (id, organization_id, unit_id, owner_id, share, start_date)
          VALUES (${rowId}, ${org}, ${unit}, ${ownerId}, 50, ${start})`;
    await db.writeOnce(org, own(alice, '2020-01-01', id));
    await db.writeOnce(org, closeRaw(buildingId, '2025-12-31'));

    await expect(db.writeOnce(org, own(bob, '2025-12-31'))).rejects.toEqual(refusal('2025-12-31', '2025-12-31'));
    const end = (day: string) => db.writeOnce(org, sql`UPDATE unit_ownerships SET end_date = ${day} WHERE id = ${id}`);
    await expect(end('2025-06-01')).rejects.toEqual(refusal('2025-06-01', '2025-12-31'));
    await expect(db.writeOnce(org, sql`DELETE FROM unit_ownerships WHERE id = ${id}`)).rejects.toBeInstanceOf(
      PeriodClosed,
    );
    // Undated columns stay editable; the first open day is.
    await expect(
      db.writeOnce(org, sql`UPDATE unit_ownerships SET is_primary_contact = true WHERE id = ${id}`),
    ).resolves.toEqual([]);
    await expect(end('2026-01-01')).resolves.toEqual([]);
    await expect(db.writeOnce(org, own(bob, '2026-01-01'))).resolves.toEqual([]);
  });

  it('keeps closings append-only and moving forward, whatever the application does', async () => {
    const building = await aBuilding();
    await db.writeOnce(org, closeRaw(building, '2024-12-31'));
    await expect(db.writeOnce(org, closeRaw(building, '2024-12-31'))).rejects.toMatchObject({
      constraint: 'building_closings_after_last',
    });
    await expect(db.writeOnce(org, closeRaw(building, '2023-12-31'))).rejects.toMatchObject({
      constraint: 'building_closings_after_last',
      detail: '{"lastUntil" : "2024-12-31"}',
    });
    await expect(
      db.writeOnce(org, sql`UPDATE building_closings SET until = '2020-01-01' WHERE building_id = ${building}`),
    ).rejects.toThrow(/permission denied/);
    await expect(db.writeOnce(org, sql`DELETE FROM building_closings WHERE building_id = ${building}`)).rejects.toThrow(
      /permission denied/,
    );
  });

  describe('a closing racing a write dated inside it', () => {
    const later = <T>(promise: Promise<T>, ms = 400) =>
      Promise.race([promise.then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('waiting'), ms))]);

    it('holds the write until the closing commits, then refuses it', async () => {
      const building = await aBuilding();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let closed!: () => void;
      const closingWritten = new Promise<void>((resolve) => (closed = resolve));
      const closing = db.transaction(org, async (tx) => {
        await tx.execute(closeRaw(building, '2025-12-31'));
        closed();
        await gate;
      });
      await closingWritten;
      const id = randomUUID();
      const write = db.writeOnce(org, expenseRaw(building, '2025-12-15', id));
      write.catch(() => undefined);
      expect(await later(write)).toBe('waiting');
      release();
      await closing;
      await expect(write).rejects.toEqual(refusal('2025-12-15', '2025-12-31'));
      expect(await expenseExists(id)).toBe(false);
    });

    it('holds the closing until the write commits: the closed books then include the write', async () => {
      const building = await aBuilding();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let written!: () => void;
      const expenseWritten = new Promise<void>((resolve) => (written = resolve));
      const id = randomUUID();
      const write = db.transaction(org, async (tx) => {
        await tx.execute(expenseRaw(building, '2025-12-15', id));
        written();
        await gate;
      });
      await expenseWritten;
      const closing = db.writeOnce(org, closeRaw(building, '2025-12-31'));
      expect(await later(closing)).toBe('waiting');
      release();
      await write;
      await expect(closing).resolves.toEqual([]);
      expect(await expenseExists(id)).toBe(true);
      await expect(db.writeOnce(org, sql`DELETE FROM expenses WHERE id = ${id}`)).rejects.toBeInstanceOf(PeriodClosed);
    });

    it('never lets both succeed with the write after the closing, over many concurrent tries', async () => {
      for (let i = 0; i < 15; i++) {
        const building = await aBuilding();
        const id = randomUUID();
        const [write, closing] = await Promise.allSettled([
          db.writeOnce(org, expenseRaw(building, '2025-12-15', id)),
          db.writeOnce(org, closeRaw(building, '2025-12-31')),
        ]);
        expect(closing.status).toBe('fulfilled');
        if (write.status === 'rejected') expect(write.reason).toBeInstanceOf(PeriodClosed);
        // Whichever won, the expense now lies in closed books and nothing can change it any more.
        if (write.status === 'fulfilled') {
          await expect(db.writeOnce(org, sql`DELETE FROM expenses WHERE id = ${id}`)).rejects.toBeInstanceOf(
            PeriodClosed,
          );
        }
      }
    });
  });
});
