import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
const root = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
const tokens = Object.fromEntries([...root.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map(([, name, hex]) => [name!, hex!]));

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('colour tokens', () => {
  // Every text-on-background pair the stylesheet uses for badges, notices and body text (WCAG 1.4.3: 4.5:1).
  it.each([
    ['ok', 'ok-bg'],
    ['soon', 'soon-bg'],
    ['overdue', 'overdue-bg'],
    ['ink', 'bg'],
    ['muted', 'bg'],
    ['accent', 'bg'],
  ])('--%s on --%s has at least 4.5:1 contrast', (text, background) => {
    expect(tokens[text], `--${text} is defined`).toBeDefined();
    expect(tokens[background], `--${background} is defined`).toBeDefined();
    expect(contrast(tokens[text]!, tokens[background]!)).toBeGreaterThanOrEqual(4.5);
  });
});
