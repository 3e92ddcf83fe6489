import type { AttendanceEntry, VotingRight } from './attendance';
import { InvalidAttendance, ProxyLimitExceeded, SyndicCannotHoldProxy } from './meeting.errors';
import { assertAttendanceShape, assertProxyLimits } from './proxies';

const entry = (ownerId: string, overrides: Partial<AttendanceEntry> = {}): AttendanceEntry => ({
  ownerId,
  status: 'present',
  proxyHolderOwnerId: null,
  proxyHolderName: null,
  ...overrides,
});
const by = (holder: string) => ({ status: 'represented' as const, proxyHolderOwnerId: holder });
const noSyndic = { ownerIds: new Set<string>() };

/** Total 10,000: the holder owns 100; four principals own 100, 100, 100 and `fourth`; the rest is elsewhere. */
function building(fourth: number): VotingRight[] {
  const rights: VotingRight[] = [
    { unitId: 'h', ownerId: 'holder', votes: 100 },
    { unitId: 'p1', ownerId: 'p1', votes: 100 },
    { unitId: 'p2', ownerId: 'p2', votes: 100 },
    { unitId: 'p3', ownerId: 'p3', votes: 100 },
    { unitId: 'p4', ownerId: 'p4', votes: fourth },
  ];
  return [...rights, { unitId: 'rest', ownerId: 'rest', votes: 10_000 - 400 - fourth }];
}
const fourProxies = [entry('holder'), ...['p1', 'p2', 'p3', 'p4'].map((p) => entry(p, by('holder')))];

describe('assertProxyLimits (Civil Code art. 3.87 §7)', () => {
  it('accepts a 4th proxy while own + principals = 1,000 of 10,000 votes (10 %)', () => {
    expect(() => assertProxyLimits(fourProxies, building(600), noSyndic)).not.toThrow();
  });

  it('refuses it at 1,001 of 10,000', () => {
    expect(() => assertProxyLimits(fourProxies, building(601), noSyndic)).toThrow(ProxyLimitExceeded);
    expect(() => assertProxyLimits(fourProxies, building(601), noSyndic)).toThrow(/1001 of 10000 votes/);
  });

  it('accepts 3 proxies whatever their weight', () => {
    expect(() => assertProxyLimits(fourProxies.slice(0, 4), building(5_000), noSyndic)).not.toThrow();
  });

  it('counts proxies held by the same outsider together', () => {
    const outsider = { status: 'represented' as const, proxyHolderName: 'Marie Lenoir' };
    const list = ['p1', 'p2', 'p3', 'p4'].map((p) => entry(p, outsider));
    // An outsider has no votes of its own: 100 + 100 + 100 + 700 = 1,000 is accepted, 1,001 is not.
    expect(() => assertProxyLimits(list, building(700), noSyndic)).not.toThrow();
    expect(() => assertProxyLimits(list, building(701), noSyndic)).toThrow(/holder of 4 proxies/);
    const spelled = list.map((e, i) => (i === 3 ? { ...e, proxyHolderName: 'marie  LENOIR' } : e));
    expect(() => assertProxyLimits(spelled, building(701), noSyndic)).toThrow(ProxyLimitExceeded);
  });

  it('refuses the syndic as holder, even of one proxy', () => {
    const list = [entry('holder'), entry('p1', by('holder'))];
    expect(() => assertProxyLimits(list, building(100), { ownerIds: new Set(['holder']) })).toThrow(
      SyndicCannotHoldProxy,
    );
  });
});

describe('assertAttendanceShape', () => {
  it('wants one holder for a represented owner, none otherwise, never oneself, and a present co-owner holder', () => {
    expect(() => assertAttendanceShape([entry('a'), entry('b', by('a'))])).not.toThrow();
    expect(() => assertAttendanceShape([entry('a', { status: 'represented' })])).toThrow(InvalidAttendance);
    expect(() => assertAttendanceShape([entry('a', { proxyHolderName: 'X' })])).toThrow(InvalidAttendance);
    expect(() => assertAttendanceShape([entry('a', by('a'))])).toThrow(/his own proxy/);
    expect(() => assertAttendanceShape([entry('a', { status: 'absent' }), entry('b', by('a'))])).toThrow(
      /listed present/,
    );
    expect(() => assertAttendanceShape([entry('a'), entry('a')])).toThrow(/twice/);
    expect(() =>
      assertAttendanceShape([entry('a'), entry('b', { ...by('a'), proxyHolderName: 'Also someone' })]),
    ).toThrow(InvalidAttendance);
  });
});
