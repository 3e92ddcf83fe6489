import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { LoginThrottle, MAX_FAILED_LOGINS } from '../application/login-throttle';
import { MemoryLoginThrottle } from './memory-login.throttle';
import { RedisLoginThrottle } from './redis-login.throttle';

const granted = (waits: number[]) => waits.filter((wait) => wait === 0).length;
/** An attempt with wrong credentials: reserved, then settled as failed; answers the reservation's wait. */
const failedAttempt = async (throttle: LoginThrottle, keys: string[]) => {
  const wait = await throttle.reserve(keys);
  if (wait === 0) await throttle.settle(keys, true);
  return wait;
};
/** Whether a promise is still pending once the event loop has run what was ready. */
const pending = async (promise: Promise<unknown>) => {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return !settled;
};

function behavesAsALoginThrottle(name: string, make: () => LoginThrottle) {
  describe(name, () => {
    it(`grants ${MAX_FAILED_LOGINS} attempts per key, then refuses for the rest of the 15-minute window`, async () => {
      const throttle = make();
      const key = `email:${randomUUID()}`;
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) expect(await failedAttempt(throttle, [key])).toBe(0);
      const wait = await throttle.reserve([key, `ip:${randomUUID()}`]);
      expect(wait).toBeGreaterThan(14 * 60);
      expect(wait).toBeLessThanOrEqual(15 * 60);
    });

    it('checks exactly the limit of failed attempts made in parallel', async () => {
      const throttle = make();
      const key = `email:${randomUUID()}`;
      const waits = await Promise.all(Array.from({ length: 400 }, () => failedAttempt(throttle, [key])));
      expect(granted(waits)).toBe(MAX_FAILED_LOGINS);
    });

    it('does not count attempts that succeed', async () => {
      const throttle = make();
      const key = `email:${randomUUID()}`;
      for (let i = 0; i < 3 * MAX_FAILED_LOGINS; i++) {
        expect(await throttle.reserve([key])).toBe(0);
        await throttle.settle([key], false);
      }
    });

    it('never refuses sign-ins that all succeed, however many arrive at once: the extra ones wait their turn', async () => {
      const throttle = make();
      const ip = `ip:${randomUUID()}`;
      const waits = await Promise.all(
        Array.from({ length: 5 * MAX_FAILED_LOGINS }, async () => {
          const keys = [ip, `email:${randomUUID()}`];
          const wait = await throttle.reserve(keys);
          if (wait === 0) {
            await new Promise((resolve) => setTimeout(resolve, 5)); // the password check
            await throttle.settle(keys, false);
          }
          return wait;
        }),
      );
      expect(granted(waits)).toBe(5 * MAX_FAILED_LOGINS);
    });

    /** A key whose whole limit is being checked, and one more attempt on it, still pending. */
    const queuedBehindAFullKey = async () => {
      const throttle = make();
      const key = `email:${randomUUID()}`;
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) expect(await throttle.reserve([key])).toBe(0);
      const next = throttle.reserve([key]);
      expect(await pending(next)).toBe(true);
      return { throttle, key, next };
    };

    it('queues an attempt behind those being checked, then refuses it if they all failed', async () => {
      const { throttle, key, next } = await queuedBehindAFullKey();
      for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await throttle.settle([key], true);
      expect(await pending(next)).toBe(true);
      await throttle.settle([key], true);
      expect(await next).toBeGreaterThan(14 * 60);
    });

    it('grants a queued attempt as soon as one ahead of it succeeds', async () => {
      const { throttle, key, next } = await queuedBehindAFullKey();
      await throttle.settle([key], false);
      expect(await next).toBe(0);
    });

    it('keeps keys apart, and a refused attempt takes nothing from the keys that had room', async () => {
      const throttle = make();
      const [blocked, ip] = [`email:${randomUUID()}`, `ip:${randomUUID()}`];
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) await failedAttempt(throttle, [blocked]);
      for (let i = 0; i < 3 * MAX_FAILED_LOGINS; i++) expect(await throttle.reserve([ip, blocked])).toBeGreaterThan(0);
      expect(await throttle.reserve([ip, `email:${randomUUID()}`])).toBe(0);
    });
  });
}

behavesAsALoginThrottle('in memory', () => new MemoryLoginThrottle());

// Redis is optional on a developer machine; CI sets REDIS_URL to the machine's server.
const redisUrl = process.env.REDIS_URL;
(redisUrl ? describe : describe.skip)('in Redis, shared between instances', () => {
  const clients: Redis[] = [];
  const make = () => {
    const client = new Redis(redisUrl as string);
    clients.push(client);
    return new RedisLoginThrottle(client);
  };
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit()));
  });

  behavesAsALoginThrottle('one instance', make);

  it('checks exactly the limit of failed attempts made in parallel on two instances', async () => {
    const [a, b] = [make(), make()];
    const key = `email:${randomUUID()}`;
    const waits = await Promise.all(Array.from({ length: 400 }, (_, i) => failedAttempt(i % 2 ? a : b, [key])));
    expect(granted(waits)).toBe(MAX_FAILED_LOGINS);
    expect(await a.reserve([key])).toBeGreaterThan(0);
  });
});
