import { describe, expect, it } from 'vitest';
import { digestEmail } from './digest';

describe('digest email', () => {
  it('lists each notification with its body and absolute link, then the inbox and settings', () => {
    const email = digestEmail({
      name: 'Ben',
      publicUrl: 'https://plans.example.org',
      total: 2,
      items: [
        { title: 'Ann mentioned you', body: 'Which teachers first?\nAnd when?', link: '/o/1/plans/2' },
        { title: 'Plan signed', body: null, link: null },
      ],
    });
    expect(email.subject).toBe('Your Throughline digest: 2 unread notifications');
    expect(email.text.split('\n\n')).toEqual([
      'Hello Ben,',
      'You have 2 unread notifications since your last digest.',
      '• Ann mentioned you\n  Which teachers first?\n  And when?\n  https://plans.example.org/o/1/plans/2',
      '• Plan signed',
      'Open your inbox:\nhttps://plans.example.org/inbox',
      'You receive this digest once a day instead of an email per notification because you chose it in your notification settings:\nhttps://plans.example.org/settings',
    ]);
  });

  it('counts what did not fit', () => {
    const email = digestEmail({
      name: 'Ben',
      publicUrl: 'https://x.test',
      total: 1,
      items: [{ title: 'One', body: null, link: null }],
    });
    expect(email.subject).toBe('Your Throughline digest: 1 unread notification');
    const more = digestEmail({
      name: 'Ben',
      publicUrl: 'https://x.test',
      total: 40,
      items: [{ title: 'One', body: null, link: null }],
    });
    expect(more.text).toContain('…and 39 more in your inbox.');
  });
});
