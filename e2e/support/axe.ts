import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { ROOT } from '../../scripts/paths.ts';

/** The rules run on every page state: WCAG 2.0–2.2 A and AA, and axe's best practices (heading order, landmarks…). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Violations that fail the suite. */
const BLOCKING = new Set(['serious', 'critical']);

type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

/** What one scan found: the number of failing elements per impact, and each blocking rule with its targets. */
export interface StateScan {
  state: string;
  counts: Record<Impact, number>;
  blocking: { rule: string; impact: string; help: string; targets: string[] }[];
}

/**
 * Collects the scans of one journey and writes them to `test-results/axe/<name>.json`, so the
 * counts per page state can be read after a run (they are the before/after table in
 * docs/accessibility.md).
 */
export class AxeJourney {
  readonly scans: StateScan[] = [];

  constructor(private readonly name: string) {}

  /**
   * Runs axe on the page as it is now and records it as `state`. A serious or critical violation
   * fails the test (softly, so every later state is still scanned and counted).
   */
  async scan(page: Page, state: string): Promise<StateScan> {
    // Let transitions and live regions settle: axe reads computed colours.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const counts: Record<Impact, number> = { minor: 0, moderate: 0, serious: 0, critical: 0 };
    const blocking: StateScan['blocking'] = [];
    for (const violation of results.violations) {
      const impact = (violation.impact ?? 'minor') as Impact;
      counts[impact] += violation.nodes.length;
      if (BLOCKING.has(impact))
        blocking.push({
          rule: violation.id,
          impact,
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        });
    }
    const scan = { state, counts, blocking };
    this.scans.push(scan);
    expect.soft(blocking, `serious or critical axe violations on "${state}"`).toEqual([]);
    return scan;
  }

  /** Writes the journey's scans to test-results/axe/<name>.json. */
  save(): void {
    const dir = join(ROOT, 'test-results', 'axe');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${this.name}.json`), `${JSON.stringify(this.scans, null, 2)}\n`);
  }
}
