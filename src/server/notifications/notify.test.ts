import { describe, expect, it } from 'vitest';
import { absoluteLink, emailText } from './notify';

describe('notification emails', () => {
  it('makes in-app links absolute against the public address', () => {
    expect(absoluteLink('https://plans.example.org', '/o/1/plans/2?tab=plan')).toBe(
      'https://plans.example.org/o/1/plans/2?tab=plan',
    );
    expect(absoluteLink('https://plans.example.org/', '/inbox')).toBe('https://plans.example.org/inbox');
    expect(absoluteLink('https://plans.example.org', 'https://other.example.org/x')).toBe(
      'https://other.example.org/x',
    );
  });

  it('writes a short plain text with the body and link when there are any', () => {
    const text = emailText('Ben', 'Ann mentioned you', 'Which teachers first?', 'https://x.test/o/1');
    expect(text.split('\n\n')).toEqual([
      'Hello Ben,',
      'Ann mentioned you',
      'Which teachers first?',
      'Open it in Throughline:\nhttps://x.test/o/1',
      'You receive this email because of your role on Throughline.',
    ]);
    expect(emailText('Ben', 'Signed', null, null).split('\n\n')).toEqual([
      'Hello Ben,',
      'Signed',
      'You receive this email because of your role on Throughline.',
    ]);
  });
});
