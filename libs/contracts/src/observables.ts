import { domainToASCII } from 'node:url';
import { isIPv4, isIPv6 } from 'node:net';
import { ObservableSchema, type Observable, type ObservableType } from './vocabulary';

/*
 * The one home of indicator spelling. Intake normalises what reports bring, incidents what
 * handlers add by hand, and both compare indicators by this form: an indicator escalated
 * from a report keeps its exact spelling in the incident.
 */

/** Why a value is not a valid indicator of its type (for the error message). */
export class InvalidObservableError extends Error {
  /** Position in the list normaliseObservables was given, for naming the field. */
  index: number | null = null;

  constructor(
    readonly type: ObservableType,
    readonly value: string,
    reason: string,
  ) {
    super(`${value.slice(0, 100)} is not a valid ${type}: ${reason}`);
  }
}

/**
 * Undoes the usual defanging of indicators in reports and feeds ("hxxp://evil[.]com",
 * "1.2.3[.]4", "user[at]example.com"), so that the stored value matches other reports'.
 */
export function refang(value: string): string {
  return value
    .trim()
    .replace(/^hxxp(s?)/i, 'http$1')
    .replace(/^fxp/i, 'ftp')
    .replace(/\[\s*(\.|dot)\s*\]|\(\s*(\.|dot)\s*\)|\{\s*(\.|dot)\s*\}/gi, '.')
    .replace(/\[\s*(@|at)\s*\]|\(\s*(@|at)\s*\)/gi, '@')
    .replace(/\[:\]/g, ':')
    .replace(/\[:\/\/\]/g, '://');
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const HEX = (length: number) => new RegExp(`^[0-9a-f]{${length}}$`);
const HASH_LENGTH: Partial<Record<ObservableType, number>> = { MD5: 32, SHA1: 40, SHA256: 64 };

/** A DNS name in lower-case ASCII (IDNs as punycode) without the trailing dot, or an error reason. */
function normaliseDnsName(raw: string, requireDomain: boolean): string | { reason: string } {
  const stripped = raw.toLowerCase().replace(/\.$/, '');
  if (stripped.length === 0) return { reason: 'empty name' };
  const ascii = domainToASCII(stripped);
  if (!ascii) return { reason: 'not a valid host name' };
  if (ascii.length > 253) return { reason: 'longer than 253 characters' };
  const labels = ascii.split('.');
  if (!labels.every((label) => LABEL.test(label))) return { reason: 'labels must be letters, digits and inner hyphens, 1 to 63 long' };
  if (requireDomain) {
    if (labels.length < 2) return { reason: 'a domain has at least two labels' };
    const tld = labels[labels.length - 1];
    if (!/^[a-z]{2,63}$/.test(tld) && !tld.startsWith('xn--')) return { reason: 'the top-level label must be alphabetic' };
  }
  if (isIPv4(ascii)) return { reason: 'an IP address, not a name' };
  return ascii;
}

/** The canonical (RFC 5952 style: lower-case, longest zero run compressed) form of an IPv6 address. */
function canonicalIpv6(address: string): string {
  // The WHATWG URL serialiser compresses the longest run of zero groups, lower-cases, and
  // drops leading zeros: the RFC 5952 text form.
  return new URL(`http://[${address}]/`).hostname.slice(1, -1);
}

/**
 * Validates and normalises one indicator for its type. Normal forms: lower-case domains,
 * host names, e-mail addresses and hashes; no trailing dot; compressed IPv6; upper-case CVE
 * ids; `AS<number>` ASNs; URLs as the WHATWG parser serialises them.
 */
export function normaliseObservable(type: ObservableType, input: string): string {
  const value = normaliseValue(type, input);
  // Events carry observables with a 2048-character ceiling; normalising (percent-encoding a
  // URL, punycode) can lengthen a value, so the ceiling is checked on the result.
  if (value.length > 2048) throw new InvalidObservableError(type, input, 'longer than 2048 characters once normalised');
  return value;
}

function normaliseValue(type: ObservableType, input: string): string {
  const fail = (reason: string): never => {
    throw new InvalidObservableError(type, input, reason);
  };
  if (input.length > 2048) fail('longer than 2048 characters');
  const value = refang(input);
  if (value.length === 0) fail('empty');
  switch (type) {
    case 'IPV4': {
      if (!isIPv4(value)) fail('expected four decimal octets 0-255, e.g. 192.0.2.1');
      return value;
    }
    case 'IPV6': {
      const bare = value.replace(/^\[(.*)\]$/, '$1');
      if (bare.includes('%') || !isIPv6(bare)) fail('expected an IPv6 address, e.g. 2001:db8::1');
      return canonicalIpv6(bare);
    }
    case 'DOMAIN':
    case 'HOSTNAME': {
      const name = normaliseDnsName(value, type === 'DOMAIN');
      if (typeof name !== 'string') return fail(name.reason);
      return name;
    }
    case 'URL': {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return fail('not an absolute URL');
      }
      if (!['http:', 'https:', 'ftp:', 'ftps:', 'ws:', 'wss:'].includes(url.protocol)) fail(`unsupported scheme ${url.protocol}`);
      if (!url.hostname) fail('no host');
      if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
      return url.href;
    }
    case 'EMAIL': {
      const at = value.lastIndexOf('@');
      if (at <= 0 || at === value.length - 1) fail('expected local-part@domain');
      const local = value.slice(0, at).toLowerCase();
      if (local.length > 64 || !/^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
        fail('invalid local part');
      }
      const domain = normaliseDnsName(value.slice(at + 1), true);
      if (typeof domain !== 'string') return fail(`domain: ${domain.reason}`);
      return `${local}@${domain}`;
    }
    case 'MD5':
    case 'SHA1':
    case 'SHA256': {
      const hash = value.toLowerCase();
      const length = HASH_LENGTH[type] as number;
      if (!HEX(length).test(hash)) fail(`expected ${length} hexadecimal characters`);
      return hash;
    }
    case 'CVE': {
      const cve = value.toUpperCase();
      if (!/^CVE-\d{4}-\d{4,19}$/.test(cve)) fail('expected CVE-YYYY-NNNN (four or more digits)');
      return cve;
    }
    case 'ASN': {
      const match = /^(?:AS)?\s*(\d{1,10})$/i.exec(value);
      const number = match ? Number(match[1]) : NaN;
      if (!Number.isInteger(number) || number < 0 || number > 4_294_967_295) fail('expected AS followed by a number 0-4294967295');
      return `AS${number}`;
    }
  }
  return fail('unknown type');
}

/** Whether an indicator is well-formed for its type (normaliseObservable accepts it). */
export function isValidObservable({ type, value }: Observable): boolean {
  try {
    normaliseObservable(type, value);
    return true;
  } catch (error) {
    if (error instanceof InvalidObservableError) return false;
    throw error;
  }
}

/**
 * An indicator in its normal form, for comparing and merging what is already stored. A value
 * the normaliser refuses (kept from before these rules) stays as it was, trimmed: history is
 * not rewritten, and a new indicator is always checked with normaliseObservable first.
 */
export function canonicalObservable(observable: Observable): Observable {
  try {
    return { type: observable.type, value: normaliseObservable(observable.type, observable.value) };
  } catch (error) {
    if (error instanceof InvalidObservableError) return { type: observable.type, value: observable.value.trim() };
    throw error;
  }
}

/** Two indicators are the same when type and normal form are. */
export function observableKey(observable: Observable): string {
  return `${observable.type}\u0000${observable.value}`;
}

/**
 * `existing` plus those of `added` not already there (by type and normal form), in first-seen
 * order, every one in its normal form. Used wherever indicators of two sources meet (a report
 * attached to an incident, two incidents merged).
 */
export function mergeObservables(existing: readonly Observable[], added: readonly Observable[]): Observable[] {
  const seen = new Set<string>();
  const merged: Observable[] = [];
  for (const observable of [...existing, ...added].map(canonicalObservable)) {
    const key = observableKey(observable);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(observable);
  }
  return merged;
}

/**
 * Normalises indicators given by a client, dropping those that normalise to one already in
 * the list. The first invalid one is thrown as InvalidObservableError with its index.
 */
export function normaliseObservables(inputs: readonly { type: ObservableType; value: string }[]): Observable[] {
  const normalised = inputs.map((input, index) => {
    try {
      return { type: input.type, value: normaliseObservable(input.type, input.value) };
    } catch (error) {
      if (error instanceof InvalidObservableError) error.index = index;
      throw error;
    }
  });
  return mergeObservables([], normalised);
}

/**
 * The indicator a federation key (`Indicator @key(fields: "type value")`) names, in normal
 * form, or null when it names none: representations reach a subgraph unchecked by the schema,
 * so a key that is not a valid indicator resolves to nothing rather than to an error.
 */
export function indicatorOfKey(key: { type?: unknown; value?: unknown }): Observable | null {
  const parsed = ObservableSchema.safeParse({ type: key.type, value: key.value });
  if (!parsed.success) return null;
  try {
    return { type: parsed.data.type, value: normaliseObservable(parsed.data.type, parsed.data.value) };
  } catch (error) {
    if (error instanceof InvalidObservableError) return null;
    throw error;
  }
}
