import { mergeAssets, mergeObservables } from './observables';

describe('observable and asset deduplication', () => {
  it('keeps one observable per type and canonical value, in first-seen order', () => {
    expect(
      mergeObservables(
        [
          { type: 'DOMAIN', value: 'Evil.Example' },
          { type: 'URL', value: 'https://x.example/A' },
        ],
        [
          { type: 'DOMAIN', value: ' evil.example ' },
          { type: 'URL', value: 'https://x.example/a' },
          { type: 'HOSTNAME', value: 'evil.example' },
          { type: 'SHA256', value: 'AB'.repeat(32) },
          { type: 'SHA256', value: 'ab'.repeat(32) },
        ],
      ),
    ).toEqual([
      { type: 'DOMAIN', value: 'evil.example' },
      { type: 'URL', value: 'https://x.example/A' },
      { type: 'URL', value: 'https://x.example/a' },
      { type: 'HOSTNAME', value: 'evil.example' },
      { type: 'SHA256', value: 'ab'.repeat(32) },
    ]);
  });

  it('unions assets case-insensitively, keeping the first spelling and dropping blanks', () => {
    expect(mergeAssets(['Mail.example.org'], ['mail.example.org', ' vpn ', ''])).toEqual([
      'Mail.example.org',
      'vpn',
    ]);
  });
});
