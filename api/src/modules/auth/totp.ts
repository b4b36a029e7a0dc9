import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

const period = 30;

function totpFor(secret: string, label = 'member') {
  return new TOTP({ issuer: 'Muster', label, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export async function totpEnrollment(secret: string, email: string) {
  const otpauthUrl = totpFor(secret, email).toString();
  // Loaded when a member first sets up two-step sign-in, not with the server.
  const { default: QRCode } = await import('qrcode');
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUrl, qrSvg };
}

/**
 * The 30-second step the code belongs to (one step of clock drift either way), or null when it
 * matches none. Callers refuse a step at or before the last accepted one, so a code works once.
 */
export function matchTotp(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / period) + delta;
}

/** The current code, for tests and tools that play the authenticator app. */
export function currentTotp(secret: string, now: Date): string {
  return totpFor(secret).generate({ timestamp: now.getTime() });
}

const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten single-use recovery codes such as "k7m2-x9qp-4tdn", about 60 bits each. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () =>
    Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join('')).join(
      '-',
    ),
  );
}

export function normaliseRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replace(/\s+/g, '');
}
