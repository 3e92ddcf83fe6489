import fc from 'fast-check';
import { DomainError } from '@shared/domain';
import { FULL_SHARE, formatShare, formatShareSum, isShare, parseShare } from './share';

describe('parseShare', () => {
  it.each([
    ['100', 1_000_000],
    ['100.0000', 1_000_000],
    ['60', 600_000],
    ['33.3333', 333_333],
    ['33.3334', 333_334],
    ['12.5', 125_000],
    ['0.0001', 1],
    ['7.05', 70_500],
  ])('reads %s %% as %d ten-thousandths', (text, share) => {
    expect(parseShare(text)).toBe(share);
  });

  it.each(['0', '0.0000', '100.0001', '101', '33.33333', '-5', '+5', '1e2', ' 50', '50.', '.5', '', 'abc', '1000'])(
    'refuses %p with INVALID_SHARE',
    (text) => {
      expect(() => parseShare(text)).toThrow(expect.objectContaining({ kind: 'invalid', code: 'INVALID_SHARE' }));
    },
  );

  it('throws a DomainError so the HTTP layer answers 400', () => {
    expect(() => parseShare('0')).toThrow(expect.any(DomainError));
  });
});

describe('formatShare', () => {
  it.each([
    [1_000_000, '100.0000'],
    [600_000, '60.0000'],
    [333_333, '33.3333'],
    [1, '0.0001'],
    [0, '0.0000'],
  ])('writes %d as "%s"', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });

  it.each([-1, 1_000_001, 1.5, Number.NaN])('refuses %p', (share) => {
    expect(() => formatShare(share)).toThrow(expect.objectContaining({ code: 'INVALID_SHARE' }));
  });

  it('writes a sum above 100 % too, for error reports', () => {
    expect(formatShareSum(1_000_001)).toBe('100.0001');
  });

  it('round-trips every valid share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: FULL_SHARE }), (share) => {
        expect(parseShare(formatShare(share))).toBe(share);
      }),
    );
  });
});

describe('isShare', () => {
  it('accepts 0 < share ≤ 100 % in whole ten-thousandths only', () => {
    expect([1, FULL_SHARE].every(isShare)).toBe(true);
    expect([0, -1, FULL_SHARE + 1, 0.5].some(isShare)).toBe(false);
  });
});
