import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domainsOf } from './fourDomains';

const shipped = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../../frameworks/four-domains.json'), 'utf8'),
);

describe('domainsOf', () => {
  it('reads the shipped taxonomy as four domains of three practices coded 1a–4c', () => {
    const domains = domainsOf(shipped);
    expect(domains.map((d) => d.code)).toEqual(['1', '2', '3', '4']);
    expect(domains.flatMap((d) => d.practices.map((p) => p.code))).toEqual([
      ...['1a', '1b', '1c', '2a', '2b', '2c'],
      ...['3a', '3b', '3c', '4a', '4b', '4c'],
    ]);
    expect(domains[2].practices[2]).toEqual({
      code: '3c',
      title: 'Remove barriers and provide opportunities',
    });
  });
});
