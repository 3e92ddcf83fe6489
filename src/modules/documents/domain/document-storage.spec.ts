import { randomUUID } from 'node:crypto';
import { assertSafeStorageKey, isSafeStorageKey, UnsafeStorageKey } from './document-storage';

describe('storage keys', () => {
  it('accepts the uuid-based keys the service generates', () => {
    expect(isSafeStorageKey(randomUUID())).toBe(true);
    expect(() => assertSafeStorageKey(randomUUID())).not.toThrow();
  });

  it.each([
    '../../etc/passwd',
    '..%2f..%2fetc%2fpasswd',
    'ab/../../x12345',
    'ab\\..\\x12345',
    '.hidden-file',
    'E3B0C442-98FC-1C14-9AFB-F4C8996FB924',
    'short',
    '',
    '-leading-dash',
    `a${'b'.repeat(128)}`,
    'rapport final.pdf',
  ])('refuses %j', (key) => {
    expect(isSafeStorageKey(key)).toBe(false);
    expect(() => assertSafeStorageKey(key)).toThrow(UnsafeStorageKey);
  });
});
