/**
 * The deals tracker in Chromium: the table is complete and readable with JavaScript off;
 * with it on, columns sort and filters hide rows. Charts carry text alternatives.
 */
import { expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

const rowIds = (page: import('playwright-core').Page) =>
  page.locator('#deal-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.id));

it('reads fine with JavaScript off: every deal in the table, no dead controls', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/tracker/`);
  const rows = await rowIds(page);
  expect(rows.length).toBe(7);
  // The filters need the script: hidden without it, and the headers are plain text.
  expect(await page.locator('#deal-filters').isVisible()).toBe(false);
  expect(await page.locator('#deal-table th button').count()).toBe(0);
  await context.close();
});

it('sorts by amount and by date, and filters by region and kind', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/tracker/`);
  await page.getByRole('button', { name: 'Amount' }).click();
  expect(await page.locator('th:has(button:text("Amount"))').getAttribute('aria-sort')).toBe('descending');
  const amounts = await page
    .locator('#deal-table tbody tr td:nth-child(5)')
    .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.sort)));
  expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  expect(amounts[0]).toBe(65e9);
  await page.getByRole('button', { name: 'Amount' }).click();
  expect(await page.locator('th:has(button:text("Amount"))').getAttribute('aria-sort')).toBe('ascending');

  await page.getByRole('button', { name: 'Announced' }).click();
  const dates = await page
    .locator('#deal-table tbody tr td:nth-child(1)')
    .evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.sort!));
  expect(dates).toEqual([...dates].sort().reverse());

  await page.locator('#deal-filters select[name=region]').selectOption('japan');
  expect((await rowIds(page)).sort()).toEqual([
    'deal-anthropic-japan-hiring',
    'deal-gmi-cloud-japan-sovereign-ai',
    'deal-microsoft-japan-investment',
  ]);
  await page.locator('#deal-filters select[name=kind]').selectOption('investment');
  expect(await rowIds(page)).toHaveLength(2);
  expect(await page.locator('#deal-count').textContent()).toBe('Showing 2 of 7 deals.');
  await page.locator('#deal-filters select[name=region]').selectOption('');
  await page.locator('#deal-filters select[name=kind]').selectOption('');
  expect(await rowIds(page)).toHaveLength(7);
  await page.close();
});

it('gives each chart a text alternative listing every value', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/tracker/`);
  const charts = page.getByRole('img');
  const names = await charts.evaluateAll((svgs) =>
    svgs.filter((s) => s.tagName === 'svg').map((s) => s.querySelector('desc')!.textContent),
  );
  expect(names).toEqual([
    expect.stringContaining('Alphabet, up to $40 billion; GMI Cloud, $12 billion; Microsoft, $10 billion'),
    expect.stringContaining('United States, 1,000 MW'),
  ]);
  await page.close();
});
