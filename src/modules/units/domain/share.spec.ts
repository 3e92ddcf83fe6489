import { formatShare, Share } from './share';

describe('Share', () => {
  it.each([
    ['60', 600_000, '60.0000'],
    ['33.3333', 333_333, '33.3333'],
    [60.5, 605_000, '60.5000'],
    ['0.0001', 1, '0.0001'],
    ['100', 1_000_000, '100.0000'],
    [' 7.25 ', 72_500, '7.2500'],
  ])('parses %p exactly', (input, tenThousandths, text) => {
    const share = Share.parse(input);
    expect(share.tenThousandths).toBe(tenThousandths);
    expect(share.toString()).toBe(text);
  });

  it.each(['0', '0.0000', '100.0001', '101', '33.33333', '-1', 'abc', '', '1e2', 1e-5])('refuses %p', (input) => {
    expect(() => Share.parse(input)).toThrow(expect.objectContaining({ code: 'INVALID_SHARE' }));
  });

  it('formats sums, even negative ones', () => {
    expect(formatShare(1_000_001)).toBe('100.0001');
    expect(formatShare(-50)).toBe('-0.0050');
  });
});
