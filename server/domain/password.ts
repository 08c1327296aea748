// Passwords: Argon2id hashing with one set of parameters, the rules a new password must meet,
// and the one-time passwords an admin hands over.
import { Algorithm, hash, parseOptions, verify, type Options } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';
import type { FieldError } from './errors.ts';

/**
 * OWASP Password Storage Cheat Sheet, Argon2id: 19 MiB of memory, 2 passes, 1 lane. Raising them
 * is enough: every stored hash made with other parameters is replaced at its owner's next sign-in.
 */
export const ARGON2_PARAMETERS = Object.freeze({
  algorithm: Algorithm.Argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
}) satisfies Options;

export type HashParameters = Pick<Options, 'algorithm' | 'memoryCost' | 'timeCost' | 'parallelism'>;

export const PASSWORD_MIN_LENGTH = 12;
/** Argon2 accepts any length, but hashing megabytes on request is a denial-of-service lever. */
export const PASSWORD_MAX_LENGTH = 1024;

export function hashPassword(password: string, parameters: HashParameters = ARGON2_PARAMETERS): Promise<string> {
  return hash(password, parameters);
}

/** False for a wrong password and for a stored hash that is not a valid Argon2 string. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** True when the stored hash was made with other parameters (or cannot be read) than the current ones. */
export function needsRehash(storedHash: string, parameters: HashParameters = ARGON2_PARAMETERS): boolean {
  try {
    const used = parseOptions(storedHash);
    return (
      used.algorithm !== parameters.algorithm ||
      used.memoryCost !== parameters.memoryCost ||
      used.timeCost !== parameters.timeCost ||
      used.parallelism !== parameters.parallelism
    );
  } catch {
    return true;
  }
}

/** Why a new password is refused; empty when it is acceptable. Lengths count characters, not bytes. */
export function newPasswordProblems(password: string, email: string, field = 'newPassword'): FieldError[] {
  const problems: FieldError[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push({ field, code: 'too-short', message: `${field} must have at least ${PASSWORD_MIN_LENGTH} characters.` });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push({ field, code: 'too-long', message: `${field} must have at most ${PASSWORD_MAX_LENGTH} characters.` });
  }
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    problems.push({ field, code: 'equals-email', message: `${field} must not be the e-mail address.` });
  }
  return problems;
}

// No 0/o, 1/l/i: the password is read out or copied by hand from the admin's screen.
const ONE_TIME_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 16 random characters in four groups (about 79 bits), e.g. "k7pq-x3mz-…"; 19 characters with the dashes. */
export function generateOneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) {
    let group = '';
    for (let c = 0; c < 4; c += 1) group += ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
