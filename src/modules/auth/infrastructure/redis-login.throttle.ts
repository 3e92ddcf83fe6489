import { Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { LOGIN_WINDOW_SECONDS, LoginThrottle, MAX_FAILED_LOGINS } from '../application/login-throttle';

const PREFIX = 'koprogo:login-failures:';

/** Shares the count between instances: INCR in a window that starts with the first failure (PEXPIRE NX). */
@Injectable()
export class RedisLoginThrottle extends LoginThrottle implements OnModuleDestroy {
  constructor(private readonly redis: Redis) {
    super();
  }

  static connect(url: string): RedisLoginThrottle {
    return new RedisLoginThrottle(new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true }));
  }

  async retryAfter(keys: readonly string[]): Promise<number> {
    const pipeline = this.redis.pipeline();
    for (const key of keys) pipeline.get(PREFIX + key).pttl(PREFIX + key);
    const results = (await pipeline.exec()) ?? [];
    let wait = 0;
    for (let i = 0; i < keys.length; i++) {
      const count = Number(results[2 * i]?.[1] ?? 0);
      const ttl = Number(results[2 * i + 1]?.[1] ?? -1);
      if (count >= MAX_FAILED_LOGINS && ttl > 0) wait = Math.max(wait, Math.ceil(ttl / 1000));
    }
    return wait;
  }

  async recordFailure(keys: readonly string[]): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const key of keys) pipeline.incr(PREFIX + key).pexpire(PREFIX + key, LOGIN_WINDOW_SECONDS * 1000, 'NX');
    await pipeline.exec();
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
