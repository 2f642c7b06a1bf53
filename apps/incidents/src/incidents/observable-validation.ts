import type { Observable } from '@csirt/contracts';
import { isIP } from 'node:net';

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * Whether a value is well-formed for its observable type. Intake normalises what reports
 * bring; this guards the indicators handlers add by hand.
 */
export function isValidObservable({ type, value }: Observable): boolean {
  const v = value.trim();
  switch (type) {
    case 'IPV4':
      return isIP(v) === 4;
    case 'IPV6':
      return isIP(v) === 6;
    case 'DOMAIN':
      return DOMAIN.test(v);
    case 'HOSTNAME':
      return HOST.test(v);
    case 'URL':
      return URL.canParse(v) && /^(https?|ftp):/i.test(v);
    case 'EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
    case 'MD5':
      return /^[0-9a-f]{32}$/i.test(v);
    case 'SHA1':
      return /^[0-9a-f]{40}$/i.test(v);
    case 'SHA256':
      return /^[0-9a-f]{64}$/i.test(v);
    case 'CVE':
      return /^CVE-\d{4}-\d{4,}$/i.test(v);
    case 'ASN':
      return /^(AS)?\d{1,10}$/i.test(v);
  }
}
