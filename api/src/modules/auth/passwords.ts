import { hash, verify } from '@node-rs/argon2';
import { createRequire } from 'node:module';
import type { PasswordHashCost } from '../../config.ts';
import { badInput } from '../../graphql/errors.ts';

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

/** argon2id at the configured cost (OWASP's by default); the hash carries its parameters, so a later cost change still verifies it. */
export function hashPassword(password: string, cost: PasswordHashCost): Promise<string> {
  // algorithm 2 is Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
  return hash(password, { algorithm: 2, memoryCost: cost.memoryKib, timeCost: cost.iterations, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this when no account matches takes as long as a real check, so timing tells nothing. */
const unknownAccountHashes = new Map<string, Promise<string>>();
export async function verifyNothing(password: string, cost: PasswordHashCost): Promise<false> {
  const key = `${cost.memoryKib}/${cost.iterations}`;
  let unknownAccountHash = unknownAccountHashes.get(key);
  if (!unknownAccountHash) {
    unknownAccountHash = hashPassword('muster: no such account, same cost as a real one', cost);
    unknownAccountHashes.set(key, unknownAccountHash);
  }
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
