import { ClosedBooks, Share } from '../../../shared/domain';
import { OwnershipSnapshot, UnitOwnerships } from './unit-ownerships';

let n = 0;
const held = (ownerId: string, share: string, startDate: string, endDate: string | null = null): OwnershipSnapshot => ({
  id: `o${n++}`,
  organizationId: 'org',
  unitId: 'u',
  ownerId,
  shareTenThousandths: Share.parse(share).tenThousandths,
  startDate,
  endDate,
  isPrimaryContact: false,
});
const history = (...items: OwnershipSnapshot[]) => UnitOwnerships.restore('org', 'u', items);
const add = (o: UnitOwnerships, ownerId: string, share: string, startDate = '2024-01-01') =>
  o.add({ id: `new-${ownerId}`, ownerId, share: Share.parse(share), startDate, isPrimaryContact: false });

describe('UnitOwnerships: shares never above 100 %', () => {
  it('accepts a unit owned 60/40', () => {
    const o = history(held('marie', '60', '2020-01-01'));
    add(o, 'jan', '40');
    expect(o.activeOn('2024-06-01').map((x) => x.shareTenThousandths)).toEqual([600_000, 400_000]);
  });

  it('refuses a 1 % extra share on a unit owned 60/40', () => {
    const o = history(held('marie', '60', '2020-01-01'), held('jan', '40', '2020-01-01'));
    expect(() => add(o, 'piet', '1')).toThrow(expect.objectContaining({ code: 'OWNERSHIP_OVER_100' }));
    expect(() => add(o, 'piet', '0.0001')).toThrow(expect.objectContaining({ code: 'OWNERSHIP_OVER_100' }));
  });

  it('accepts a share once an earlier one has ended, not before', () => {
    const o = history(held('marie', '100', '2020-01-01', '2024-01-01'));
    add(o, 'jan', '100', '2024-01-01');
    expect(() => add(history(held('marie', '100', '2020-01-01', '2024-01-01')), 'jan', '100', '2023-12-31')).toThrow(
      expect.objectContaining({ code: 'OWNERSHIP_OVER_100' }),
    );
  });

  it('checks later starts inside the new period too', () => {
    const o = history(held('future', '80', '2025-01-01'));
    expect(() => add(o, 'now', '30', '2024-01-01')).toThrow(expect.objectContaining({ code: 'OWNERSHIP_OVER_100' }));
  });

  it('refuses a second overlapping share of the same owner', () => {
    const o = history(held('marie', '10', '2020-01-01'));
    expect(() => add(o, 'marie', '10')).toThrow(
      expect.objectContaining({ code: 'OWNERSHIP_ALREADY_ACTIVE', kind: 'conflict' }),
    );
  });
});

describe('UnitOwnerships: history', () => {
  it('ends an ownership on a day after its start and reports the change', () => {
    const o = history(held('marie', '100', '2020-01-01'));
    expect(o.end('marie', '2024-03-01')).toMatchObject({ endDate: '2024-03-01' });
    expect(o.activeOn('2024-02-29')).toHaveLength(1);
    expect(o.activeOn('2024-03-01')).toHaveLength(0);
    expect(o.changes()).toMatchObject({
      added: [],
      removed: [],
      ended: [expect.objectContaining({ ownerId: 'marie' })],
    });
    expect(() => history(held('marie', '100', '2020-01-01')).end('marie', '2020-01-01')).toThrow(
      expect.objectContaining({ code: 'OWNERSHIP_PERIOD_INVALID' }),
    );
    expect(() => history().end('nobody', '2024-01-01')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('transfers the whole share on the day of the sale', () => {
    const o = history(held('seller', '60', '2020-01-01'), held('co', '40', '2020-01-01'));
    const bought = o.transfer({ id: 't', fromOwnerId: 'seller', toOwnerId: 'buyer', date: '2024-03-15' });
    expect(bought).toMatchObject({ ownerId: 'buyer', shareTenThousandths: 600_000, startDate: '2024-03-15' });
    expect(o.activeOn('2024-03-14').map((x) => x.ownerId)).toEqual(['seller', 'co']);
    expect(
      o
        .activeOn('2024-03-15')
        .map((x) => x.ownerId)
        .sort(),
    ).toEqual(['buyer', 'co']);
    expect(o.count()).toBe(3);
  });

  it('merges the shares when a co-owner buys', () => {
    const o = history(held('a', '60', '2020-01-01'), held('b', '40', '2020-01-01'));
    o.transfer({ id: 't', fromOwnerId: 'a', toOwnerId: 'b', date: '2022-01-01' });
    expect(o.activeOn('2022-01-01')).toEqual([
      expect.objectContaining({ ownerId: 'b', shareTenThousandths: 1_000_000 }),
    ]);
  });

  it('refuses transfers to the same owner or from someone without a share', () => {
    const o = history(held('a', '100', '2020-01-01'));
    expect(() => o.transfer({ id: 't', fromOwnerId: 'a', toOwnerId: 'a', date: '2024-01-01' })).toThrow(
      expect.objectContaining({ code: 'TRANSFER_TO_SAME_OWNER' }),
    );
    expect(() => o.transfer({ id: 't', fromOwnerId: 'x', toOwnerId: 'a', date: '2024-01-01' })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('assigns a sole owner: ends current shares today, drops ones not yet started, is idempotent', () => {
    const o = history(
      held('a', '50', '2020-01-01'),
      held('b', '50', '2020-01-01'),
      held('c', '10', '2030-01-01', null),
    );
    const sole = o.assignSole({ id: 's', ownerId: 'd', today: '2026-03-01' });
    expect(sole).toMatchObject({
      ownerId: 'd',
      shareTenThousandths: 1_000_000,
      startDate: '2026-03-01',
      isPrimaryContact: true,
    });
    const changes = o.changes();
    expect(changes.ended.map((x) => [x.ownerId, x.endDate])).toEqual([
      ['a', '2026-03-01'],
      ['b', '2026-03-01'],
    ]);
    expect(changes.removed).toHaveLength(1);
    const again = UnitOwnerships.restore('org', 'u', [sole]);
    expect(again.assignSole({ id: 's2', ownerId: 'd', today: '2026-03-02' })).toEqual(sole);
    expect(again.changes()).toEqual({ added: [], ended: [], removed: [] });
  });
});

describe('UnitOwnerships: closed books', () => {
  const closed = (...items: OwnershipSnapshot[]) =>
    UnitOwnerships.restore('org', 'u', items, ClosedBooks.until('2025-12-31'));
  const periodClosed = (date: string) =>
    expect.objectContaining({ code: 'PERIOD_CLOSED', params: { date, closedUntil: '2025-12-31' } });

  it('refuses an owner added from a day of the closed books, accepts one from the first open day', () => {
    expect(() => add(closed(), 'alice', '100', '2025-12-31')).toThrow(periodClosed('2025-12-31'));
    expect(add(closed(), 'alice', '100', '2026-01-01').startDate).toBe('2026-01-01');
  });

  it('refuses ending or transferring an ownership on a day of the closed books', () => {
    const o = closed(held('alice', '100', '2020-01-01'));
    expect(() => o.end('alice', '2025-06-01')).toThrow(periodClosed('2025-06-01'));
    expect(() => o.transfer({ id: 'n', fromOwnerId: 'alice', toOwnerId: 'bob', date: '2025-12-31' })).toThrow(
      periodClosed('2025-12-31'),
    );
    expect(o.changes()).toEqual({ added: [], ended: [], removed: [] });
    expect(o.transfer({ id: 'n', fromOwnerId: 'alice', toOwnerId: 'bob', date: '2026-01-01' }).startDate).toBe(
      '2026-01-01',
    );
  });

  it('refuses a sole owner assigned on a day of the closed books', () => {
    expect(() =>
      closed(held('alice', '100', '2020-01-01')).assignSole({ id: 'n', ownerId: 'bob', today: '2025-12-31' }),
    ).toThrow(periodClosed('2025-12-31'));
  });
});
