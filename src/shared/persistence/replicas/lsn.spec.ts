import { formatLsn, parseLsn } from './lsn';

describe('WAL positions', () => {
  it('reads both halves of the text PostgreSQL writes and writes them back', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('1/0')).toBe(1n << 32n);
    expect(formatLsn(parseLsn('A/FF00')!)).toBe('A/FF00');
  });

  it('orders positions by their whole offset, not by their text', () => {
    expect(parseLsn('1/0')! > parseLsn('0/FFFFFFFF')!).toBe(true);
  });

  it('refuses anything that is not a position', () => {
    for (const text of ['', '0', '0/', '/1', '0/123456789', 'x/1', '0/1;', null, undefined]) {
      expect(parseLsn(text)).toBeNull();
    }
  });
});
