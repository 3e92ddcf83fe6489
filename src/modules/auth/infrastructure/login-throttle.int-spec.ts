import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { LoginThrottle, MAX_FAILED_LOGINS } from '../application/login-throttle';
import { MemoryLoginThrottle } from './memory-login.throttle';
import { RedisLoginThrottle } from './redis-login.throttle';

function behavesAsALoginThrottle(name: string, make: () => LoginThrottle) {
  describe(name, () => {
    it(`blocks a key after ${MAX_FAILED_LOGINS} failures for the rest of the 15-minute window`, async () => {
      const throttle = make();
      const key = `email:${randomUUID()}`;
      for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await throttle.recordFailure([key]);
      expect(await throttle.retryAfter([key])).toBe(0);
      await throttle.recordFailure([key]);
      const wait = await throttle.retryAfter([key, `ip:${randomUUID()}`]);
      expect(wait).toBeGreaterThan(14 * 60);
      expect(wait).toBeLessThanOrEqual(15 * 60);
    });

    it('keeps keys apart', async () => {
      const throttle = make();
      const blocked = `ip:${randomUUID()}`;
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) await throttle.recordFailure([blocked]);
      expect(await throttle.retryAfter([`ip:${randomUUID()}`])).toBe(0);
    });
  });
}

behavesAsALoginThrottle('in memory', () => new MemoryLoginThrottle());

describe('in memory, over time', () => {
  it('forgets failures once the window has passed', async () => {
    let now = 1_000_000;
    const throttle = new MemoryLoginThrottle(() => now);
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await throttle.recordFailure(['k']);
    expect(await throttle.retryAfter(['k'])).toBe(900);
    now += 900_001;
    expect(await throttle.retryAfter(['k'])).toBe(0);
  });

  it('stays bounded under a flood of distinct keys', async () => {
    const throttle = new MemoryLoginThrottle(Date.now, 100);
    for (let i = 0; i < 1000; i++) await throttle.recordFailure([`ip:${i}`]);
    expect((throttle as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(101);
  });
});

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

  it('counts failures recorded by two instances together', async () => {
    const [a, b] = [make(), make()];
    const key = `email:${randomUUID()}`;
    for (let i = 0; i < MAX_FAILED_LOGINS / 2; i++) {
      await a.recordFailure([key]);
      await b.recordFailure([key]);
    }
    expect(await a.retryAfter([key])).toBeGreaterThan(0);
    expect(await b.retryAfter([key])).toBeGreaterThan(0);
  });
});
