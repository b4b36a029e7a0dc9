import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AuthConfig } from '../../config.ts';
import { clientError } from '../../graphql/errors.ts';

export interface RateLimits {
  signIn: RateLimiterAbstract;
  signUp: RateLimiterAbstract;
  /** Per member. */
  comment: RateLimiterAbstract;
  /** Reset links mailed to one email address, asked for or sent (whether or not an account has it). */
  resetMail: RateLimiterAbstract;
  /** Attempts to set a new password with a link, per account: a second factor cannot be guessed through them. */
  resetPassword: RateLimiterAbstract;
}

/**
 * Counted per call of the resolver, so twenty aliased signIn fields in one document, or a batch
 * of operations, spend twenty attempts. With Redis every instance counts against the same budget
 * (an outage falls back to counting in memory, per instance); without, per instance.
 */
export function createRateLimits(
  config: AuthConfig,
  commentsPerMinute: number,
  redis: Redis | null = null,
  redisPrefix = 'muster',
): RateLimits {
  const limiter = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration });
    return redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `${redisPrefix}-${keyPrefix}`, points, duration, insuranceLimiter: memory })
      : memory;
  };
  return {
    signIn: limiter('sign-in', config.signInsPerMinute, 60),
    signUp: limiter('sign-up', config.signUpsPerHour, 3600),
    comment: limiter('comment', commentsPerMinute, 60),
    resetMail: limiter('reset-mail', 5, 3600),
    resetPassword: limiter('reset-password', 10, 3600),
  };
}

/** Spends one point; `what` names what ran out, e.g. "sign-in attempts from your network". */
export async function spend(limiter: RateLimiterAbstract, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.ceil(rejection.msBeforeNext / 1000);
    throw clientError('RATE_LIMITED', `Too many ${what}. Try again in ${seconds} seconds.`, {
      retryAfterSeconds: seconds,
    });
  }
}
