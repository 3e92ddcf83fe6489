import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { AppConfig } from '../../config/app-config';

/**
 * Personal data at rest: emails and phones are stored AES-256-GCM encrypted as "<key id>.<iv>.<tag>.<data>"
 * (base64url parts), so keys can rotate; emails also get an HMAC-SHA256 "blind index" for exact look-ups
 * (login, uniqueness, search by exact email) without decrypting anything.
 */
@Injectable()
export class PersonalDataCipher {
  private readonly indexKey: Buffer;

  constructor(private readonly config: Pick<AppConfig, 'encryptionKeys' | 'activeKeyId'>) {
    const active = config.encryptionKeys.get(config.activeKeyId) as Buffer;
    // The blind-index key is derived from the first key ever used, so look-ups survive rotations of the active key.
    const oldest = [...config.encryptionKeys.values()].at(-1) ?? active;
    this.indexKey = Buffer.from(hkdfSync('sha256', oldest, Buffer.alloc(0), 'koprogo blind index v1', 32));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(this.config.activeKeyId), iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [this.config.activeKeyId, iv, cipher.getAuthTag(), data]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  decrypt(stored: string): string {
    const [keyId, iv, tag, data] = stored.split('.');
    if (!keyId || !iv || !tag || data === undefined) throw new Error('Malformed encrypted value');
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  encryptOptional(plain: string | null | undefined): string | null {
    return plain === null || plain === undefined || plain === '' ? null : this.encrypt(plain);
  }

  decryptOptional(stored: string | null): string | null {
    return stored === null ? null : this.decrypt(stored);
  }

  /** The blind index of an email: HMAC-SHA256 of its trimmed, lowercased form, as 64 hex characters. */
  emailIndex(email: string): string {
    return createHmac('sha256', this.indexKey).update(normalizeEmail(email)).digest('hex');
  }

  private key(keyId: string): Buffer {
    const key = this.config.encryptionKeys.get(keyId);
    if (!key) throw new Error(`Unknown data encryption key id "${keyId}"`);
    return key;
  }
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** "j***@example.be": enough to recognise an address in an audit trail, not enough to leak it. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = normalizeEmail(email).split('@');
  // The first character, not the first UTF-16 unit: half an emoji is not text and the audit record would be lost.
  const [first = ''] = local;
  return `${first}***@${domain}`;
}
