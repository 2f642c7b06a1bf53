import { canonicalObservable, indicatorOfKey, InvalidObservableError, mergeObservables, normaliseObservable, normaliseObservables, refang } from './observables';

describe('observable normalisation', () => {
  it.each([
    ['IPV4', '192.0.2.1', '192.0.2.1'],
    ['IPV4', ' 192.0.2[.]1 ', '192.0.2.1'],
    ['IPV6', '2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['IPV6', '[2001:db8:0:0:1:0:0:1]', '2001:db8::1:0:0:1'],
    ['IPV6', '2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['DOMAIN', 'Evil.Example.COM.', 'evil.example.com'],
    ['DOMAIN', 'evil[.]example[.]com', 'evil.example.com'],
    ['DOMAIN', 'bücher.de', 'xn--bcher-kva.de'],
    ['HOSTNAME', 'Mail-01', 'mail-01'],
    ['URL', 'hxxps://Evil.Example.com[.]/login?x=1', 'https://evil.example.com/login?x=1'],
    ['URL', 'hXXp://evil[.]com/a', 'http://evil.com/a'],
    ['EMAIL', 'Bad.Actor[@]Evil[.]COM', 'bad.actor@evil.com'],
    ['MD5', 'D41D8CD98F00B204E9800998ECF8427E', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['SHA1', 'DA39A3EE5E6B4B0D3255BFEF95601890AFD80709', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['SHA256', 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['CVE', 'cve-2024-3094', 'CVE-2024-3094'],
    ['CVE', 'CVE-2021-44228', 'CVE-2021-44228'],
    ['ASN', 'as13335', 'AS13335'],
    ['ASN', '64512', 'AS64512'],
  ] as const)('%s %s -> %s', (type, input, expected) => {
    expect(normaliseObservable(type, input)).toBe(expected);
  });

  it.each([
    ['IPV4', '999.1.1.1'],
    ['IPV4', '1.2.3'],
    ['IPV4', '01.2.3.4'],
    ['IPV6', '2001:db8::1::2'],
    ['IPV6', 'fe80::1%eth0'],
    ['DOMAIN', 'localhost'],
    ['DOMAIN', 'bad_label.example.com'],
    ['DOMAIN', '-lead.example.com'],
    ['DOMAIN', '192.0.2.1'],
    ['DOMAIN', 'example.123'],
    ['URL', 'not a url'],
    ['URL', 'javascript:alert(1)'],
    ['EMAIL', 'no-at-sign.example.com'],
    ['EMAIL', 'a..b@example.com'],
    ['EMAIL', 'user@localhost'],
    ['MD5', 'abc'],
    ['SHA1', 'zz39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['SHA256', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['CVE', 'CVE-24-1'],
    ['CVE', 'CVE-2024-123'],
    ['ASN', 'AS4294967296'],
    ['ASN', 'ASX'],
    ['IPV4', ''],
  ] as const)('refuses %s %s', (type, input) => {
    expect(() => normaliseObservable(type, input)).toThrow(/not a valid/);
  });

  it('refuses a value that outgrows 2048 characters when normalised', () => {
    const url = `https://example.com/${' '.repeat(1000)}x`;
    expect(url.length).toBeLessThan(2048);
    expect(() => normaliseObservable('URL', url)).toThrow(/once normalised/);
  });

  it('refangs the usual defanged forms', () => {
    expect(refang('hxxp://a(.)b{.}c[dot]d')).toBe('http://a.b.c.d');
    expect(refang('x[at]y[.]z')).toBe('x@y.z');
  });
});

describe('indicators from two sources', () => {
  it('normalises idempotently: a stored normal form normalises to itself', () => {
    for (const [type, value] of [
      ['IPV6', '2001:db8::1:0:0:1'],
      ['URL', 'https://evil.example.com/login?x=1'],
      ['CVE', 'CVE-2024-3094'],
      ['ASN', 'AS13335'],
      ['DOMAIN', 'xn--bcher-kva.de'],
    ] as const) {
      expect(normaliseObservable(type, value)).toBe(value);
    }
  });

  it('keeps intake spelling of CVE ids and ASNs when merging (an escalated indicator is not respelled)', () => {
    expect(
      mergeObservables([], [
        { type: 'CVE', value: 'CVE-2024-3094' },
        { type: 'ASN', value: 'AS13335' },
      ]),
    ).toEqual([
      { type: 'CVE', value: 'CVE-2024-3094' },
      { type: 'ASN', value: 'AS13335' },
    ]);
  });

  it('merges by type and normal form, in first-seen order, respelling values stored in an older form', () => {
    expect(
      mergeObservables(
        [
          { type: 'DOMAIN', value: 'Evil.Example' },
          { type: 'URL', value: 'https://x.example/A' },
          { type: 'CVE', value: 'cve-2024-3094' },
          { type: 'ASN', value: 'as64496' },
        ],
        [
          { type: 'DOMAIN', value: ' evil.example ' },
          { type: 'URL', value: 'https://X.example/a' },
          { type: 'HOSTNAME', value: 'evil.example' },
          { type: 'SHA256', value: 'AB'.repeat(32) },
          { type: 'SHA256', value: 'ab'.repeat(32) },
          { type: 'CVE', value: 'CVE-2024-3094' },
          { type: 'ASN', value: '64496' },
        ],
      ),
    ).toEqual([
      { type: 'DOMAIN', value: 'evil.example' },
      { type: 'URL', value: 'https://x.example/A' },
      { type: 'CVE', value: 'CVE-2024-3094' },
      { type: 'ASN', value: 'AS64496' },
      { type: 'URL', value: 'https://x.example/a' },
      { type: 'HOSTNAME', value: 'evil.example' },
      { type: 'SHA256', value: 'ab'.repeat(32) },
    ]);
  });

  it('keeps a stored value the rules refuse as it was, trimmed, rather than dropping it', () => {
    expect(canonicalObservable({ type: 'ASN', value: ' 99999999999 ' })).toEqual({ type: 'ASN', value: '99999999999' });
  });

  it('names the position of the first invalid indicator in a list', () => {
    let thrown: unknown;
    try {
      normaliseObservables([
        { type: 'IPV4', value: '192.0.2.1' },
        { type: 'IPV4', value: '999.1.1.1' },
      ]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidObservableError);
    expect((thrown as InvalidObservableError).index).toBe(1);
  });

  it('drops indicators of a list that normalise to one already in it', () => {
    expect(
      normaliseObservables([
        { type: 'DOMAIN', value: 'Evil.Example' },
        { type: 'DOMAIN', value: 'evil[.]example' },
      ]),
    ).toEqual([{ type: 'DOMAIN', value: 'evil.example' }]);
  });
});

describe('indicatorOfKey', () => {
  it('normalises a federation key like any indicator', () => {
    expect(indicatorOfKey({ type: 'IPV4', value: '1.2.3[.]4' })).toEqual({ type: 'IPV4', value: '1.2.3.4' });
    expect(indicatorOfKey({ type: 'ASN', value: 'as64500' })).toEqual({ type: 'ASN', value: 'AS64500' });
  });

  it('names nothing for an unknown type, an invalid value or a missing field', () => {
    expect(indicatorOfKey({ type: 'NOT_A_TYPE', value: '1.2.3.4' })).toBeNull();
    expect(indicatorOfKey({ type: 'IPV4', value: '999.1.1.1' })).toBeNull();
    expect(indicatorOfKey({ type: 'IPV4' })).toBeNull();
    expect(indicatorOfKey({ type: 'IPV4', value: 42 })).toBeNull();
  });
});
