import { z } from 'zod';
import { DomainError } from './errors';
import { isUuid } from './validation';

/**
 * Keyset (cursor) pagination over `(sort timestamp, id)`, newest first. The cursor is
 * opaque to clients; a page costs one indexed range scan however deep it is, unlike
 * OFFSET, which reads and throws away every row before the page.
 */
export interface Cursor {
  at: string;
  id: string;
}

// A hand-made cursor is refused here, not by Postgres as a failing timestamp or uuid cast.
const CursorSchema = z.object({
  at: z.string().max(40).refine((at) => !Number.isNaN(Date.parse(at)) && /^\d{4}-\d{2}-\d{2}T/.test(at)),
  id: z.string().refine(isUuid),
});

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify({ at: at.toISOString(), id })).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Cursor | null {
  if (!cursor) return null;
  if (cursor.length > 200) throw new DomainError('PAGINATION.INVALID_CURSOR', 'the cursor is not one this API issued');
  try {
    return CursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new DomainError('PAGINATION.INVALID_CURSOR', 'the cursor is not one this API issued');
  }
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new DomainError('PAGINATION.INVALID_PAGE_SIZE', `first must be between 1 and ${MAX_PAGE_SIZE}`, { max: MAX_PAGE_SIZE });
  }
  return first;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Builds a connection from `rows`, fetched with LIMIT size + 1: the extra row only tells
 * whether another page exists.
 */
export function toConnection<T>(rows: T[], size: number, key: (row: T) => { at: Date; id: string }): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => {
    const { at, id } = key(node);
    return { cursor: encodeCursor(at, id), node };
  });
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null },
  };
}
