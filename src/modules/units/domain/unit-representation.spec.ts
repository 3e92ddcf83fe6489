import { RepresentationSnapshot, UnitRepresentation, voterOf } from './unit-representation';

const MARIE = 'owner-marie';
const JAN = 'owner-jan';
const PIET = 'owner-piet';

// Marie and Jan hold the unit jointly from 2020; Jan sells his share to Piet on 2026-07-01.
const shares = [
  { ownerId: MARIE, startDate: '2020-01-01', endDate: null },
  { ownerId: JAN, startDate: '2020-01-01', endDate: '2026-07-01' },
  { ownerId: PIET, startDate: '2026-07-01', endDate: null },
];

const period = (ownerId: string, validFrom: string, validTo: string | null = null): RepresentationSnapshot => ({
  id: `rep-${ownerId}-${validFrom}`,
  organizationId: 'org',
  unitId: 'unit',
  ownerId,
  validFrom,
  validTo,
  recordedBy: 'syndic',
});

const naming = (ownerId: string, validFrom: string) => {
  const { validTo: _open, ...next } = period(ownerId, validFrom);
  return next;
};

describe('UnitRepresentation', () => {
  it('names a co-owner who holds a share on the first day', () => {
    const representation = UnitRepresentation.restore([], shares);
    representation.name(naming(JAN, '2024-01-01'));
    expect(representation.on('2023-12-31')).toEqual({
      ownerId: null,
      validFrom: null,
      validTo: null,
      lapsedOwnerId: null,
    });
    expect(representation.on('2024-01-01')).toMatchObject({ ownerId: JAN, validFrom: '2024-01-01', validTo: null });
  });

  it.each([
    ['before the share starts', PIET, '2026-06-30'],
    ['on the day the share ends (exclusive end)', JAN, '2026-07-01'],
    ['someone who never held a share', 'owner-stranger', '2024-01-01'],
  ])('refuses %s with REPRESENTATIVE_NOT_OWNER', (_case, ownerId, day) => {
    const representation = UnitRepresentation.restore([], shares);
    expect(() => representation.name(naming(ownerId, day))).toThrow(
      expect.objectContaining({ code: 'REPRESENTATIVE_NOT_OWNER', kind: 'rule_violated' }) as Error,
    );
    expect(representation.changes().added).toEqual([]);
  });

  it('accepts the last day of a share', () => {
    const representation = UnitRepresentation.restore([], shares);
    expect(representation.name(naming(JAN, '2026-06-30'))).toMatchObject({ ownerId: JAN, validTo: null });
  });

  it('closes the previous mandate the day the next one starts, and keeps it in the history', () => {
    const jan = period(JAN, '2024-01-01');
    const representation = UnitRepresentation.restore([jan], shares);
    representation.name(naming(MARIE, '2025-03-01'));
    expect(representation.changes().ended).toEqual([{ ...jan, validTo: '2025-03-01' }]);
    expect(representation.on('2025-02-28').ownerId).toBe(JAN);
    expect(representation.on('2025-03-01').ownerId).toBe(MARIE);
  });

  it('replaces a mandate named from the same day (a correction)', () => {
    const jan = period(JAN, '2024-01-01');
    const representation = UnitRepresentation.restore([jan], shares);
    representation.name(naming(MARIE, '2024-01-01'));
    expect(representation.changes().removed).toEqual([jan.id]);
    expect(representation.on('2024-01-01').ownerId).toBe(MARIE);
  });

  it('refuses to rewrite history before a later mandate with REPRESENTATIVE_CHANGED_LATER', () => {
    const representation = UnitRepresentation.restore([period(JAN, '2024-01-01')], shares);
    expect(() => representation.name(naming(MARIE, '2023-12-31'))).toThrow(
      expect.objectContaining({ code: 'REPRESENTATIVE_CHANGED_LATER', kind: 'conflict' }) as Error,
    );
  });

  it('lapses on the day the representative sells: no representative from then on, the name kept as lapsed', () => {
    const representation = UnitRepresentation.restore([period(JAN, '2024-01-01')], shares);
    expect(representation.on('2026-06-30')).toMatchObject({ ownerId: JAN, lapsedOwnerId: null });
    expect(representation.on('2026-07-01')).toMatchObject({
      ownerId: null,
      lapsedOwnerId: JAN,
      validFrom: '2024-01-01',
    });
  });

  it('ends the mandate on a day, and withdraws one that had not started yet', () => {
    const jan = period(JAN, '2024-01-01');
    const ended = UnitRepresentation.restore([jan], shares);
    ended.end('2025-01-01');
    expect(ended.changes().ended).toEqual([{ ...jan, validTo: '2025-01-01' }]);
    expect(ended.on('2025-01-01').ownerId).toBeNull();

    const future = period(MARIE, '2027-01-01');
    const withdrawn = UnitRepresentation.restore([future], shares);
    withdrawn.end('2026-12-07');
    expect(withdrawn.changes().removed).toEqual([future.id]);
  });

  it('ends nothing when there is no current mandate', () => {
    const representation = UnitRepresentation.restore([period(JAN, '2024-01-01', '2025-01-01')], shares);
    representation.end('2026-01-01');
    expect(representation.changes()).toEqual({ added: [], ended: [], removed: [] });
  });
});

describe('voterOf', () => {
  it('gives a unit held by one person to that person, named or not', () => {
    expect(voterOf([MARIE], null)).toBe(MARIE);
    expect(voterOf([MARIE, MARIE], JAN)).toBe(MARIE);
  });

  it('gives a jointly held unit to its representative while it holds a share', () => {
    expect(voterOf([MARIE, JAN], JAN)).toBe(JAN);
    expect(voterOf([MARIE, PIET], JAN)).toBeNull();
  });

  it('suspends a jointly held unit without representative, and a unit nobody holds', () => {
    expect(voterOf([MARIE, JAN], null)).toBeNull();
    expect(voterOf([], MARIE)).toBeNull();
  });
});
