// What every browser journey shares: loading playwright-core and axe-core from the cache that setup.sh fills, a step
// log, and the axe check (serious or critical violations fail the journey).
import { readFileSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

export async function harness(getPage, shotPrefix = '') {
  const cache = process.env.BROWSER_CACHE;
  const { chromium } = await import(pathToFileURL(path.join(cache, 'node_modules/playwright-core/index.mjs')).href);
  const axeSource = readFileSync(path.join(cache, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const shots = process.env.SHOTS;
  if (shots) mkdirSync(shots, { recursive: true });
  const steps = [];
  const log = s => { steps.push(s); console.log('ok   ' + s); };
  const fail = msg => { throw new Error(msg); };

  async function axe(label) {
    const page = getPage();
    // Injected through evaluate, so the pages' strict CSP does not block it.
    await page.evaluate(axeSource);
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
    if (bad.length) {
      fail(`axe (${label}): ` + bad.map(v => `${v.id} [${v.impact}] ${v.nodes.map(n => n.target.join(' ')).join(', ')}`).join('; '));
    }
    if (shots) await page.screenshot({ path: path.join(shots, shotPrefix + label.replace(/[^a-z0-9]+/gi, '-') + '.png'), fullPage: true });
    log(`axe ${label}: no serious or critical violation (${result.violations.length} minor)`);
  }

  async function expectText(text) {
    await getPage().getByText(text, { exact: false }).first().waitFor({ timeout: 10000 });
  }

  /** A full-page picture of where a failed journey stopped, when SHOTS names a folder. */
  async function failureShot() {
    const page = getPage();
    if (page && shots) await page.screenshot({ path: path.join(shots, shotPrefix + 'failure.png'), fullPage: true }).catch(() => {});
  }

  return { chromium, steps, log, fail, axe, expectText, failureShot };
}
