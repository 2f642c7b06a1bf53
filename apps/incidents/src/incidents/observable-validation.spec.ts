import { isValidObservable } from './observable-validation';

describe('observable validation', () => {
  it.each([
    ['IPV4', '192.0.2.1', true],
    ['IPV4', '999.0.2.1', false],
    ['IPV6', '2001:db8::1', true],
    ['IPV6', '192.0.2.1', false],
    ['DOMAIN', 'evil.example', true],
    ['DOMAIN', 'not a domain', false],
    ['HOSTNAME', 'mail01', true],
    ['URL', 'https://evil.example/login', true],
    ['URL', 'javascript:alert(1)', false],
    ['EMAIL', 'boss@evil.example', true],
    ['EMAIL', 'boss-at-evil', false],
    ['MD5', 'd41d8cd98f00b204e9800998ecf8427e', true],
    ['SHA1', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', true],
    ['SHA256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', true],
    ['SHA256', 'd41d8cd98f00b204e9800998ecf8427e', false],
    ['CVE', 'CVE-2024-3094', true],
    ['CVE', 'CVE-24-1', false],
    ['ASN', 'AS64496', true],
    ['ASN', 'ASX', false],
  ] as const)('%s %s -> %s', (type, value, valid) => {
    expect(isValidObservable({ type, value })).toBe(valid);
  });
});
