import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { LoginThrottle, MAX_FAILED_LOGINS } from '../application/login-throttle';
import { MemoryLoginThrottle } from './memory-login.throttle';
import { RedisLoginThrottle } from './redis-login.throttle';

const granted = (waits: number[]) => waits.filter((wait) => wait === 0).length;

function behavesAsALoginThrottle(name: string, make: () => LoginThrottle) {
  describe(name, () => {
    it(`grants ${MAX_FAILED_LOGINS} attempts per key, then refuses for the rest of the 15-minute window`, async () => {
      const throttle = make();
      const key = `email:${randomUUID()}`;
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) expect(await throttle.reserve([key])).toBe(0);
      const wait = await throttle.reserve([key, `ip:${randomUUID()}`]);
      expect(wait).toBeGreaterThan(14 * 60);
      expect(wait).toBeLessThanOrEqual(15 * 60);
    });

    it('grants exactly the limit to attempts made in parallel', async () => {
      const throttle = make();
      const key = `email:${randomUUID()}`;
      const waits = await Promise.all(Array.from({ length: 400 }, () => throttle.reserve([key])));
      expect(granted(waits)).toBe(MAX_FAILED_LOGINS);
    });

    it('does not count attempts that are given back (successful sign-ins)', async () => {
      const throttle = make();
      const key = `email:${randomUUID()}`;
      for (let i = 0; i < 3 * MAX_FAILED_LOGINS; i++) {
        expect(await throttle.reserve([key])).toBe(0);
        await throttle.refund([key]);
      }
    });

    it('keeps keys apart, and a refused attempt takes nothing from the keys that had room', async () => {
      const throttle = make();
      const [blocked, ip] = [`email:${randomUUID()}`, `ip:${randomUUID()}`];
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) await throttle.reserve([blocked]);
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

  it('grants exactly the limit to parallel attempts spread over two instances', async () => {
    const [a, b] = [make(), make()];
    const key = `email:${randomUUID()}`;
    const waits = await Promise.all(Array.from({ length: 400 }, (_, i) => (i % 2 ? a : b).reserve([key])));
    expect(granted(waits)).toBe(MAX_FAILED_LOGINS);
    expect(await a.reserve([key])).toBeGreaterThan(0);
  });
});
