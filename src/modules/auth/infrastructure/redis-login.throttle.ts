import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type Redis from 'ioredis';
import { LOGIN_WINDOW_SECONDS, LoginThrottle, MAX_FAILED_LOGINS } from '../application/login-throttle';

const PREFIX = 'koprogo:login-failures:';

/** Shares the count between instances: INCR in a window that starts with the first failure (PEXPIRE NX). */
@Injectable()
export class RedisLoginThrottle extends LoginThrottle implements OnModuleDestroy {
  constructor(private readonly redis: Redis) {
    super();
  }

  static connect(url: string): RedisLoginThrottle {
    // Required here, not at the top: an instance without REDIS_URL never loads the client.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: RedisClient } = require('ioredis') as typeof import('ioredis');
    return new RedisLoginThrottle(new RedisClient(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true }));
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
