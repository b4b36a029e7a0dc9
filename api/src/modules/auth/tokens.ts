import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the system's CSPRNG, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a token: a database leak yields no usable session. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
