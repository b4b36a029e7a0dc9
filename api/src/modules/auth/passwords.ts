import { hash, verify } from '@node-rs/argon2';
import { createRequire } from 'node:module';
import { badInput } from '../../graphql/errors.ts';

/** OWASP's argon2id parameters: 19 MiB, 2 iterations, parallelism 1. */
// algorithm 2 is Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const argon2Options = { algorithm: 2, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 };

export const minPasswordLength = 12;
/** Long passphrases are welcome; the cap only keeps one request from hashing megabytes. */
export const maxPasswordLength = 128;

/**
 * About 49,000 passwords seen most in breaches (zxcvbn's common list), compared case-insensitively.
 * The list is unpacked when a password is first chosen, not while the server starts.
 */
let commonPasswordSet: Set<string> | undefined;
function commonPasswords(): Set<string> {
  if (!commonPasswordSet) {
    const { dictionary } = createRequire(import.meta.url)('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    commonPasswordSet = new Set(dictionary['passwords-common'].map((p: string) => p.toLowerCase()));
  }
  return commonPasswordSet;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this when no account matches takes as long as a real check, so timing tells nothing. */
const unknownAccountHash = hashPassword('muster: no such account, same cost as a real one');
export async function verifyNothing(password: string): Promise<false> {
  await verifyPassword(await unknownAccountHash, password);
  return false;
}

/**
 * NIST SP 800-63B and OWASP ASVS: length, not composition rules; no truncation; spaces count;
 * refuse what attackers try first and what is built from the account's own name.
 */
export function checkNewPassword(field: string, password: string, context: string[] = []): void {
  if ([...password].length < minPasswordLength) {
    throw badInput(
      field,
      `Use at least ${minPasswordLength} characters. A few unrelated words with spaces make a strong, memorable password.`,
    );
  }
  if (password.length > maxPasswordLength) {
    throw badInput(field, `Use at most ${maxPasswordLength} characters.`);
  }
  const lower = password.toLowerCase();
  const common = commonPasswords();
  if (common.has(lower) || common.has(lower.replace(/\s+/g, ''))) {
    throw badInput(field, 'This password appears in lists of common or breached passwords. Choose another.');
  }
  if (context.some((word) => word.length >= 4 && lower.includes(word.toLowerCase()))) {
    throw badInput(field, 'Do not build the password from your email or name. Choose another.');
  }
}
