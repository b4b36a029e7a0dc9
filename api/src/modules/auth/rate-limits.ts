import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AuthConfig } from '../../config.ts';
import { clientError } from '../../graphql/errors.ts';

export interface RateLimits {
  signIn: RateLimiterMemory;
  signUp: RateLimiterMemory;
  /** Per member. */
  comment: RateLimiterMemory;
}

/**
 * Counted per call of the resolver, so twenty aliased signIn fields in one document, or a batch
 * of operations, spend twenty attempts. In memory: per instance.
 */
export function createRateLimits(config: AuthConfig, commentsPerMinute: number): RateLimits {
  return {
    signIn: new RateLimiterMemory({ keyPrefix: 'sign-in', points: config.signInsPerMinute, duration: 60 }),
    signUp: new RateLimiterMemory({ keyPrefix: 'sign-up', points: config.signUpsPerHour, duration: 3600 }),
    comment: new RateLimiterMemory({ keyPrefix: 'comment', points: commentsPerMinute, duration: 60 }),
  };
}

/** Spends one point; `what` names what ran out, e.g. "sign-in attempts from your network". */
export async function spend(limiter: RateLimiterMemory, key: string, what: string): Promise<void> {
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
