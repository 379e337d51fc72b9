import { createHash, randomBytes } from 'node:crypto';

/** A random secret for links and cookies; only its hash is stored, so a leaked database cannot be replayed. */
export function newSecret(prefix = ''): { secret: string; hash: string } {
  const secret = prefix + randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
