import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation, naming the
 * rule, the elements and how to fix it, so the failure can be acted on without rerunning.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter(
    (violation) => violation.impact && BLOCKING_IMPACTS.has(violation.impact),
  );
  if (blocking.length === 0) return;
  const report = blocking.map((violation) => {
    const targets = violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n');
    return `  ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${targets}`;
  });
  throw new Error(`Accessibility violations on ${page.url()}:\n${report.join('\n')}`);
}
