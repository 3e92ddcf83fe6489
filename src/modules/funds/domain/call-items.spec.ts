import { callStatusOn, ownerDues } from './call-items';

describe('call items', () => {
  it('adds up an owner’s parts of several units, and leaves out owners whose part rounds to 0', () => {
    const dues = ownerDues([
      { unitId: 'u2', unitNumber: 'P1', amountCents: 100, owners: [{ ownerId: 'x', amountCents: 100 }] },
      {
        unitId: 'u1',
        unitNumber: 'A1',
        amountCents: 901,
        owners: [
          { ownerId: 'x', amountCents: 541 },
          { ownerId: 'y', amountCents: 360 },
          { ownerId: 'z', amountCents: 0 },
        ],
      },
    ]);
    expect(dues).toEqual([
      {
        ownerId: 'x',
        amountCents: 641,
        units: [
          { unitId: 'u1', unitNumber: 'A1', amountCents: 541 },
          { unitId: 'u2', unitNumber: 'P1', amountCents: 100 },
        ],
      },
      { ownerId: 'y', amountCents: 360, units: [{ unitId: 'u1', unitNumber: 'A1', amountCents: 360 }] },
    ]);
  });

  it('tells the status of a call on a day', () => {
    const call = { cancelledAt: null, dueDate: '2026-01-31', outstandingCents: 10 };
    expect(callStatusOn(call, '2026-01-31')).toBe('open');
    expect(callStatusOn(call, '2026-02-01')).toBe('overdue');
    expect(callStatusOn({ ...call, outstandingCents: 0 }, '2026-02-01')).toBe('paid');
    expect(callStatusOn({ ...call, cancelledAt: new Date() }, '2026-02-01')).toBe('cancelled');
  });
});
