import { renderAccessMatrix } from './access-matrix';

const START = '<!-- access-matrix:start (generated from libs/auth/src/access-matrix.ts by `npm run docs:security`; do not edit) -->';
const END = '<!-- access-matrix:end -->';

/**
 * `doc` (docs/SECURITY.md) with its access-matrix section replaced by the table the code
 * holds. A test compares the committed file with this, so the doc cannot go stale.
 */
export function withCurrentAccessMatrix(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the document has no access-matrix section (${START} ... ${END})`);
  return `${doc.slice(0, start)}${START}\n${renderAccessMatrix()}\n${doc.slice(end)}`;
}

export const ACCESS_MATRIX_MARKERS = { start: START, end: END };
