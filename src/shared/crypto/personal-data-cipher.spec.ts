import { maskEmail, PersonalDataCipher } from './personal-data-cipher';

const k1 = Buffer.alloc(32, 1);
const k2 = Buffer.alloc(32, 2);

describe('PersonalDataCipher', () => {
  const cipher = new PersonalDataCipher({ encryptionKeys: new Map([['k1', k1]]), activeKeyId: 'k1' });

  it('round-trips a value and never stores it in clear', () => {
    const stored = cipher.encrypt('marie.dubois@example.be');
    expect(stored).not.toContain('marie');
    expect(stored.split('.')[0]).toBe('k1');
    expect(cipher.decrypt(stored)).toBe('marie.dubois@example.be');
  });

  it('uses a fresh IV each time', () => {
    expect(cipher.encrypt('+32 470 12 34 56')).not.toBe(cipher.encrypt('+32 470 12 34 56'));
  });

  it('rejects tampered values', () => {
    const stored = cipher.encrypt('secret');
    const [id, iv, tag, data] = stored.split('.');
    const flipped = Buffer.from(data as string, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => cipher.decrypt([id, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
  });

  it('reads values of a retired key after rotation and keeps the same email index', () => {
    const before = cipher.encrypt('jan@example.be');
    const rotated = new PersonalDataCipher({
      encryptionKeys: new Map([
        ['k2', k2],
        ['k1', k1],
      ]),
      activeKeyId: 'k2',
    });
    expect(rotated.decrypt(before)).toBe('jan@example.be');
    expect(rotated.encrypt('x').startsWith('k2.')).toBe(true);
    expect(rotated.emailIndex('Jan@Example.be ')).toBe(cipher.emailIndex('jan@example.be'));
  });

  it('masks emails for logs', () => {
    expect(maskEmail('Marie.Dubois@example.be')).toBe('m***@example.be');
  });

  it('keeps a first character outside the Basic Multilingual Plane whole', () => {
    const masked = maskEmail('😀marie@example.be');
    expect(masked).toBe('😀***@example.be');
  });
});
