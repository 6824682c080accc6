// npm start: builds PSF Lens and runs it in Chromium on vendor pages served from local fixtures.
// With a display it opens a real window and waits until you close it; without one (or with --headless) it runs
// headless. Either way it saves screenshots of the badge, the popup's first screen (400 × 600, the popup's own size),
// the popup off a rated page (the launcher), the welcome page and the workspace, in light and dark.
//   node scripts/run.mjs [--headless] [--out <dir>]     (default dir: artifacts/screenshots)
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, openPopup, tabIdOf, waitForBadge, waitForReady } from './lib/browser.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1] : 'artifacts/screenshots');
const headless = args.includes('--headless') || !process.env.DISPLAY || Boolean(process.env.CI);

console.log('Building PSF Lens for Chrome…');
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
mkdirSync(out, { recursive: true });

const session = await launch({ headless });
await waitForReady(session);
console.log(
  `Chromium is running with PSF Lens (extension id ${session.extensionId}), ${headless ? 'headless' : 'in a window'}.`,
);

/** A screenshot in light and one in dark (`<name>.png`, `<name>-dark.png`), leaving the page light. */
async function both(page, name, options = {}) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: join(out, `${name}${colorScheme === 'dark' ? '-dark' : ''}.png`), ...options });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const tours = [
  { name: 'codex', url: 'https://openai.com/codex/', note: 'a complete assessment' },
  { name: 'haystack', url: 'https://haystack.deepset.ai/', note: 'a partial assessment' },
  {
    name: 'langchain',
    url: 'https://github.com/langchain-ai/langchain',
    note: 'a variant and two sources that disagree',
    expand: 'D5',
    // Below the first screen: the whole popup, with D5's two sources open.
    fullPage: true,
  },
];
for (const tour of tours) {
  const page = await session.ctx.newPage();
  await page.goto(tour.url);
  const badge = await waitForBadge(page);
  await page.screenshot({ path: join(out, `${tour.name}-page.png`) });
  const popup = await openPopup(session, await tabIdOf(session, page), { width: 400, height: 600 });
  if (tour.expand) await popup.locator('.domain-head', { hasText: tour.expand }).click();
  await both(popup, `${tour.name}-popup`, { fullPage: Boolean(tour.fullPage) });
  if (headless) await popup.close();
  console.log(`${tour.url} (${tour.note}): badge "${badge.text}"`);
}
// Off a rated page the popup is a launcher: a search over the library ("lang" finds LangChain), recent products.
{
  const page = await session.ctx.newPage();
  await page.goto('https://example.org/');
  const popup = await openPopup(session, await tabIdOf(session, page), { width: 400, height: 600 });
  await popup.getByRole('searchbox').fill('lang');
  await popup.locator('.results a').first().waitFor();
  await both(popup, 'launcher');
  if (headless) await popup.close();
}
// The page PSF Lens opened when it was installed.
{
  const page = session.ctx.pages().find((p) => p.url().endsWith('#/welcome')) ?? (await session.ctx.newPage());
  await page.setViewportSize({ width: 1280, height: 800 });
  if (!page.url().endsWith('#/welcome'))
    await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/welcome`);
  await page.locator('.welcome h1').waitFor();
  await both(page, 'welcome');
}
const workspace = [
  ['workspace-library', '#/library'],
  ['workspace-compare', '#/compare?products=langchain,crewai,autogen,semantic-kernel'],
  ['workspace-checklist', '#/checklist/openai-codex'],
];
for (const [name, hash] of workspace) {
  const page = await session.ctx.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html${hash}`);
  await page.locator('.library-table, .compare-table, .action-row').first().waitFor();
  await page.screenshot({ path: join(out, `${name}.png`) });
  if (headless) await page.close();
}
console.log(
  `The workspace (library, comparison, checklist) is at chrome-extension://${session.extensionId}/src/options/index.html`,
);
console.log(`Screenshots saved in ${out}`);

if (headless) {
  await session.close();
} else {
  console.log('Close the browser window to finish.');
  await new Promise((done) => session.ctx.on('close', done));
}
