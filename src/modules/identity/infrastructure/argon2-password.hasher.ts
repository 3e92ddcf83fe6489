import { hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { PasswordHasher } from '../domain/password-hasher';

/**
 * Runs at most `limit` tasks at once; the others wait their turn in arrival order. An argon2 hash holds 19 MiB and a
 * core for its whole run, so more of them at once than there are cores only adds memory (and takes the libuv
 * threads that file reads and writes also need).
 */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so a newcomer cannot slip in ahead of it.
      if (next) next();
      else this.running--;
    }
  }
}

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes), about 12 ms a hash here. */
@Injectable()
export class Argon2PasswordHasher extends PasswordHasher {
  private readonly gate = new ConcurrencyGate(availableParallelism());

  hash(password: string): Promise<string> {
    return this.gate.run(() => hash(password));
  }

  async verify(stored: string, password: string): Promise<boolean> {
    if (!stored.startsWith('$argon2')) return false;
    return this.gate.run(() => verify(stored, password)).catch(() => false);
  }
}
