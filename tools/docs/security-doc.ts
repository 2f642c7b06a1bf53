/**
 * `npm run docs:security`: rewrites the role × operation table in docs/SECURITY.md from
 * libs/auth/src/access-matrix.ts. The auth tests fail while the committed file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCurrentAccessMatrix } from '@csirt/auth';

const path = join(__dirname, '../../docs/SECURITY.md');
const before = readFileSync(path, 'utf8');
const after = withCurrentAccessMatrix(before);
if (after !== before) writeFileSync(path, after);
process.stdout.write(after === before ? 'docs/SECURITY.md is up to date\n' : 'docs/SECURITY.md: access matrix rewritten\n');
