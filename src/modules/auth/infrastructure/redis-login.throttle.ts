import { OnModuleDestroy } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { LOGIN_WINDOW_SECONDS, MAX_FAILED_LOGINS } from '../application/login-throttle';
import { RateLimiterLoginThrottle } from './rate-limiter.login-throttle';

/** Shares the count between instances: every instance reserves in the same Redis keys, atomically. */
export class RedisLoginThrottle extends RateLimiterLoginThrottle implements OnModuleDestroy {
  constructor(private readonly redis: Redis) {
    super(
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: 'koprogo:login',
        points: MAX_FAILED_LOGINS,
        duration: LOGIN_WINDOW_SECONDS,
      }),
    );
  }

  static connect(url: string): RedisLoginThrottle {
    // Required here, not at the top: an instance without REDIS_URL never loads the client.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: RedisClient } = require('ioredis') as typeof import('ioredis');
    return new RedisLoginThrottle(new RedisClient(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true }));
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
