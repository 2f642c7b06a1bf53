/**
 * What the console shows about the signed-in caller, read from the token's payload. It only
 * decides which screens to offer: the gateway verifies the token and decides what is returned.
 */
export interface Identity {
  subject: string;
  name: string;
  roles: string[];
  clearance: string;
  expiresAt: number | null;
}

export function readIdentity(token: string): Identity | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    const roles = Array.isArray(json.roles) ? json.roles.map(String) : typeof json.roles === 'string' ? json.roles.split(/[ ,]/) : [];
    return {
      subject: String(json.sub ?? ''),
      name: String(json.name ?? json.preferred_username ?? json.sub ?? ''),
      roles,
      clearance: String(json.tlp_clearance ?? 'GREEN'),
      expiresAt: typeof json.exp === 'number' ? json.exp * 1000 : null,
    };
  } catch {
    return null;
  }
}

export function hasAnyRole(identity: Identity | null, ...roles: string[]): boolean {
  if (!identity) return false;
  return identity.roles.includes('ADMIN') || roles.some((role) => identity.roles.includes(role));
}
