import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores a scrypt hash with its parameters and salt, never the password', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored).not.toContain('horse');
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('Correct horse battery staple', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash, so the same password hashes differently and each still verifies', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('treats canonically equivalent Unicode spellings as the same password', async () => {
    const composed = 'caf\u00e9 au lait';
    const decomposed = 'cafe\u0301 au lait';
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it('refuses unknown schemes, tampered hashes and accounts without a password', async () => {
    const stored = await hashPassword('secret words');
    expect(await verifyPassword('secret words', stored.replace(/^scrypt/, 'bcrypt'))).toBe(false);
    expect(await verifyPassword('secret words', 'plain$secret words')).toBe(false);
    const parts = stored.split('$');
    const key = Buffer.from(parts[5], 'base64url');
    key[0] ^= 1;
    parts[5] = key.toString('base64url');
    expect(await verifyPassword('secret words', parts.join('$'))).toBe(false);
    expect(await verifyPassword('secret words', null)).toBe(false);
  });
});
