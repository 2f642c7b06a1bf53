import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: unknown[] }[];
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core run inside the page, on the whole document, with its WCAG 2 A/AA rules. */
export async function runAxe(page: Page): Promise<AxeResults> {
  // Evaluated through the DevTools protocol: the console's content security policy (no inline
  // scripts) stays on, as users get it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return { violations: results.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(() => null) })) };
  });
}
