import { hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '../domain/password-hasher';

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes), about 12 ms a hash here. */
@Injectable()
export class Argon2PasswordHasher extends PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password);
  }

  async verify(stored: string, password: string): Promise<boolean> {
    if (!stored.startsWith('$argon2')) return false;
    return verify(stored, password).catch(() => false);
  }
}
