// Accessibility and small screens in real Chromium: axe-core (WCAG 2.1 A and AA, and best practice) finds no
// violation on any popup state or workspace page, in light and in dark; and at 400 px wide nothing scrolls sideways.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { launch, tabIdOf, waitForBadge, waitForReady } from '../../scripts/lib/browser.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const SCHEMES = ['light', 'dark'];
let session;

before(async () => {
  session = await launch();
  await waitForReady(session);
});
after(() => session?.close());

/** Every violation as one readable line: rule, impact, and the first elements it names. */
async function violations(page) {
  // Evaluated through DevTools, so the extension page's script policy does not apply to axe's source.
  await page.evaluate(AXE);
  const found = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return found.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

/** How far the page scrolls sideways: zero when nothing is wider than the window. */
const overflow = (page) =>
  page.evaluate(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth);

/** Checks a page as it is now, in both colour schemes. */
async function check(page, what) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await violations(page), [], `${what}, ${colorScheme}`);
  }
}

const POPUP_STATES = [
  { what: 'a complete assessment', url: 'https://openai.com/codex/' },
  { what: 'a partial assessment', url: 'https://haystack.deepset.ai/' },
  { what: 'several products on one page', url: 'https://www.anthropic.com/' },
  { what: 'no rating captured', url: 'https://www.anthropic.com/', choose: 'Claude Opus 4.8' },
  { what: 'no rated product (the launcher)', url: 'https://example.org/', search: 'lang' },
];

describe('the popup, 400 × 600', () => {
  for (const state of POPUP_STATES) {
    test(state.what, async (t) => {
      const page = await session.ctx.newPage();
      t.after(() => page.close());
      await page.goto(state.url);
      if (!state.search) await waitForBadge(page);
      const popup = await session.ctx.newPage();
      t.after(() => popup.close());
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(
        `chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${await tabIdOf(session, page)}`,
      );
      await popup.waitForSelector('.scorecard, .launcher');
      if (state.choose && (await popup.locator('h1').textContent()) !== state.choose) {
        await popup.locator('.alternatives button', { hasText: state.choose }).click();
        await popup.locator('h1', { hasText: state.choose }).waitFor();
      }
      if (state.search) await popup.getByRole('searchbox').fill(state.search);
      await check(popup, `popup: ${state.what}`);
      assert.equal(await overflow(popup), 0, `popup: ${state.what} scrolls sideways at 400 px`);
    });
  }

  test('the first screen answers without scrolling: verdict, the actions to take first, the legend', async (t) => {
    const page = await session.ctx.newPage();
    t.after(() => page.close());
    await page.goto('https://openai.com/codex/');
    await waitForBadge(page);
    const popup = await session.ctx.newPage();
    t.after(() => popup.close());
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(
      `chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${await tabIdOf(session, page)}`,
    );
    for (const selector of ['h1', '.rated-by', '.verdict', '.first-actions li:nth-child(3)', '.legend summary']) {
      const box = await popup.locator(selector).boundingBox();
      assert.ok(box && box.y + box.height <= 600, `${selector} ends at ${box && box.y + box.height}, below 600 px`);
    }
  });
});

const WORKSPACE = [
  ['library', '#/library', '.library-table'],
  ['product', '#/product/langchain', '.domains'],
  ['compare', '#/compare?products=langchain,crewai,autogen,semantic-kernel', '.compare-table'],
  ['checklist', '#/checklist/openai-codex', '.action-row'],
  ['organisation', '#/organisation', 'h1'],
  ['settings', '#/settings', 'h1'],
  ['welcome', '#/welcome', 'h1'],
];

/** A workspace page at `hash`, once `ready` shows: no violation in either scheme, and nothing wider than 400 px. */
async function checkWorkspacePage(t, what, hash, ready) {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html${hash}`);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await check(page, what);
  await page.setViewportSize({ width: 400, height: 800 });
  assert.equal(await overflow(page), 0, `${what} scrolls sideways at 400 px`);
}

describe('the workspace', () => {
  for (const [name, hash, ready] of WORKSPACE) {
    test(`${name}: no violation, light and dark; no sideways scrolling at 400 px`, (t) =>
      checkWorkspacePage(t, `workspace ${name}`, hash, ready));
  }
});

/** Imports `dataset` as the file `name` on the organisation page, which it returns once the import says `counts`. */
async function importOnOrganisationPage(name, dataset, counts) {
  const page = await session.ctx.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/organisation`);
  await page.getByLabel('Import a dataset file (JSON)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dataset)),
  });
  await page.getByText(`Imported ${name}: ${counts}.`).waitFor();
  return page;
}

describe("the organisation's own assessments", () => {
  const KEY = encodeURIComponent('own:acme:acme-codex');
  before(async () => {
    // The team's own review of OpenAI Codex (PAI's actions to start from), and of a product PAI has not assessed.
    const own = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
    const codex = own.assessments.find((a) => a.productId === 'openai-codex');
    own.products = [
      own.products.find((p) => p.id === 'openai-codex'),
      {
        id: 'helpdesk-bot',
        name: 'Helpdesk Bot',
        vendor: 'Bots Inc',
        category: 'Support assistant',
        homepage: 'https://bots.example/',
        match: [{ host: 'bots.example' }],
      },
    ];
    own.assessments = [
      { ...codex, id: 'acme-codex', title: 'Acme review of Codex' },
      // Action ids are unique across a file: the second review is CrewAI's, which lists none.
      {
        ...own.assessments.find((a) => a.productId === 'crewai'),
        id: 'acme-bot',
        productId: 'helpdesk-bot',
        title: 'Acme review of Helpdesk Bot',
      },
    ];
    const page = await importOnOrganisationPage('acme.json', own, '2 products, 2 assessments');
    await page.close();
  });

  for (const [name, hash, ready] of [
    ['a product only the organisation assessed', '#/product/helpdesk-bot', '.org-assessment .domains'],
    ['its assessment beside PAI’s in the comparison', `#/compare?products=openai-codex,${KEY}`, '.product-col.own'],
    ['the checklist of its actions', `#/checklist/${KEY}`, '.action-row'],
  ]) {
    test(`${name}: no violation, light and dark; no sideways scrolling at 400 px`, (t) =>
      checkWorkspacePage(t, name, hash, ready));
  }
});

describe("a checklist kept after the organisation's file went", () => {
  const KEY = 'own:gone:gone-codex';
  before(async () => {
    // A file's review of OpenAI Codex, a note recorded on one of its actions, then the file deleted.
    const own = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
    own.products = own.products.filter((p) => p.id === 'openai-codex');
    own.assessments = [
      { ...own.assessments.find((a) => a.productId === 'openai-codex'), id: 'gone-codex', title: 'Gone review' },
    ];
    // Another team's file: never taken for a version of the one the tests above import.
    own.attribution = { ...own.attribution, publisher: 'Gone team' };
    const page = await importOnOrganisationPage('gone.json', own, '1 product, 1 assessment');
    await page.evaluate(async (productId) => {
      const actionId = 'openai-codex-sites-plugins.d1.plugin-allowlist';
      const patch = { status: 'done', notes: 'Allowlist in place' };
      await chrome.runtime.sendMessage({ type: 'update-action', productId, actionId, patch });
      await chrome.runtime.sendMessage({ type: 'org-delete', id: 'gone' });
    }, KEY);
    await page.close();
  });

  for (const [name, hash, ready] of [
    ['the organisation page that lists it', '#/organisation', `a[href="#/checklist/${encodeURIComponent(KEY)}"]`],
    ['its page, its actions retired', `#/checklist/${encodeURIComponent(KEY)}`, '.kept-delete'],
  ]) {
    test(`${name}: no violation, light and dark; no sideways scrolling at 400 px`, (t) =>
      checkWorkspacePage(t, name, hash, ready));
  }
});

describe('the comparison at 400 px', () => {
  for (const products of ['langchain,crewai', 'langchain,crewai,autogen,semantic-kernel,haystack,dspy']) {
    test(`${products.split(',').length} products: every name and rating fits its cell; the table scrolls, not the page`, async (t) => {
      const page = await session.ctx.newPage();
      t.after(() => page.close());
      await page.setViewportSize({ width: 400, height: 800 });
      await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/compare?products=${products}`);
      await page.locator('.compare-table').waitFor();
      const cut = await page
        .locator('.compare-table th, .compare-table td')
        .evaluateAll((cells) =>
          cells
            .filter((cell) => cell.scrollWidth > cell.clientWidth)
            .map((cell) => cell.textContent.trim().slice(0, 40)),
        );
      assert.deepEqual(cut, [], 'cells whose content runs out of them');
      assert.equal(await overflow(page), 0, 'the page scrolls sideways');
    });
  }

  test('six products scrolled sideways by the keyboard: the domains stay in view, no rating hides under them', async (t) => {
    const products = ['langchain', 'crewai', 'autogen', 'semantic-kernel', 'haystack', 'dspy'];
    const page = await session.ctx.newPage();
    t.after(() => page.close());
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(
      `chrome-extension://${session.extensionId}/src/options/index.html#/compare?products=${products.join(',')}`,
    );
    await page.locator('.compare-table').waitFor();
    // Where the D1 row's name and the focused rating stand, seen through the scrolling box.
    const seen = () =>
      page.evaluate(() => {
        const wrap = document.querySelector('.table-wrap').getBoundingClientRect();
        const name = document.querySelector('tr[data-domain="D1"] th').getBoundingClientRect();
        const cell = document.activeElement.getBoundingClientRect();
        return {
          id: document.activeElement.id,
          wrap: wrap.left,
          scrolled: document.querySelector('.table-wrap').scrollLeft,
          name: [name.left, name.right],
          cell: cell.left,
        };
      });
    await page.locator('#cell-D1-dspy').focus();
    for (const product of [...products].reverse()) {
      const at = await seen();
      assert.equal(at.id, `cell-D1-${product}`);
      assert.ok(at.name[0] >= at.wrap, `D1's name scrolled out of view at ${product}: ${JSON.stringify(at)}`);
      assert.ok(at.cell >= at.name[1] - 1, `${product}'s D1 rating under the domain column: ${JSON.stringify(at)}`);
      await page.keyboard.press('Shift+Tab');
    }
  });
});
