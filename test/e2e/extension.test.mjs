// End to end: the built PSF Lens in Debian's Chromium, on vendor pages served from local fixtures.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  boxesInBadge,
  clickInBadge,
  launch,
  openPopup,
  readBadge,
  stopServiceWorker,
  tabIdOf,
  toolbarOf,
  waitForBadge,
  waitForReady,
} from '../../scripts/lib/browser.mjs';
import { HELD_PAGE, heldTimings } from '../../scripts/lib/fixtures.mjs';

let session;
const consoleErrors = [];

/** Polls until `read()` returns `want` (the background answers asynchronously), then returns it. */
async function eventually(read, want, timeout = 3000) {
  const end = Date.now() + timeout;
  let got = await read();
  while (got !== want && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 40));
    got = await read();
  }
  return got;
}

/** Opens a page that is closed again when the test ends, pass or fail. */
async function visit(url, t) {
  const page = await session.ctx.newPage();
  t?.after(() => page.close());
  page.on('pageerror', (error) => consoleErrors.push(`${url}: ${error.message}`));
  await page.goto(url);
  return page;
}

before(async () => {
  session = await launch();
  // Every page of the run, the popups included, and the service worker: an error logged anywhere fails the run.
  const watch = (source) => (message) =>
    message.type() === 'error' && consoleErrors.push(`${source}: ${message.text()}`);
  session.ctx.on('page', (page) => page.on('console', watch(page.url() || 'page')));
  (await session.worker()).on('console', watch('service worker'));
  session.ctx.on('serviceworker', (worker) => worker.on('console', watch('restarted service worker')));
  await waitForReady(session);
});

after(async () => {
  await session?.close();
});

describe('on a rated product page', () => {
  const vendors = [
    ['https://openai.com/codex/', 'OpenAI Codex', '1 Strong · 5 Partial · 2 Gap'],
    ['https://github.com/langchain-ai/langchain', 'LangChain', '3 Strong · 4 Partial · 1 Gap'],
    ['https://www.crewai.com/', 'CrewAI', '0 Strong · 3 Partial · 5 Gap'],
    ['https://learn.microsoft.com/en-us/semantic-kernel/overview/', 'Semantic Kernel', '2 Strong · 5 Partial · 1 Gap'],
  ];
  for (const [url, product, counts] of vendors) {
    test(`${url} shows the badge for ${product}`, async (t) => {
      const page = await visit(url, t);
      const badge = await waitForBadge(page);
      assert.equal(badge.mode, 'closed', 'the badge must live in a closed shadow root');
      assert.match(badge.text, new RegExp(`^PSF ${product.replace(/[/]/g, '\\/')}`), `badge text: ${badge.text}`);
      assert.ok(badge.text.includes(counts), `badge "${badge.text}" should include "${counts}"`);
      const toolbar = await toolbarOf(session, await tabIdOf(session, page));
      assert.equal(toolbar.text, 'PSF');
      assert.ok(toolbar.title.includes(product) && toolbar.title.includes(counts), `toolbar title: ${toolbar.title}`);
      await page.close();
    });
  }

  test('on a page whose head holds the parser, the badge shows as the body starts, before DOMContentLoaded', async (t) => {
    const page = await visit(HELD_PAGE, t);
    await waitForBadge(page);
    const { badgeAt, bodyStart, dcl } = await page.evaluate(heldTimings);
    // The head's script is answered after 200 ms, the deferred one (fetched as soon as the page is read) after 800.
    assert.ok(bodyStart >= 200 && dcl >= 800, `body at ${bodyStart} ms, DOMContentLoaded at ${dcl} ms`);
    assert.ok(badgeAt < dcl - 300, `badge at ${badgeAt} ms, DOMContentLoaded at ${dcl} ms`);
  });

  test('a partial assessment says what was not captured, never a Gap it does not have', async (t) => {
    const page = await visit('https://haystack.deepset.ai/', t);
    const badge = await waitForBadge(page);
    assert.ok(badge.text.includes('4 of 8 domains rated: 1 Strong · 2 Partial · 1 Gap'), badge.text);
    const popup = await openPopup(session, await tabIdOf(session, page));
    const ratings = await popup.locator('.domain .rating').allTextContents();
    assert.equal(ratings.length, 8);
    assert.equal(ratings.filter((r) => r.includes('not captured')).length, 4, ratings.join(' | '));
    assert.deepEqual(
      ratings.slice(0, 4).map((r) => r.replace(/^\W+/, '')),
      ['Partial', 'Partial', 'Gap', 'Strong'],
    );
    assert.match(await popup.locator('.verdict').textContent(), /4 of 8 ratings not captured/);
    await popup.close();
    await page.close();
  });
});

describe('the popup', () => {
  test('shows the product, the assessment, the eight domains and the link to the source', async (t) => {
    const page = await visit('https://openai.com/codex/', t);
    await waitForBadge(page);
    const popup = await openPopup(session, await tabIdOf(session, page));
    assert.equal(await popup.locator('h1').textContent(), 'OpenAI Codex');
    assert.match(await popup.locator('.sub').textContent(), /OpenAI/);
    assert.match(await popup.locator('.rated-by').textContent(), /Production AI Institute.*PSF v1\.1 · 2026-06-02/);
    const names = await popup.locator('.domain-name').allTextContents();
    assert.deepEqual(names, [
      'Input Governance',
      'Output Validation',
      'Data Protection',
      'Observability',
      'Deployment Safety',
      'Human Oversight',
      'Security',
      'Vendor Resilience',
    ]);
    const ratings = (await popup.locator('.domain .rating').allTextContents()).map((r) => r.replace(/^\W+/, ''));
    assert.deepEqual(ratings, ['Partial', 'Partial', 'Partial', 'Gap', 'Partial', 'Strong', 'Gap', 'Partial']);
    // Each rating carries an icon and text, not colour alone.
    assert.equal(await popup.locator('.domain .rating-icon').count(), 8);
    await popup.locator('.domain-head').nth(6).click();
    assert.equal(
      await popup
        .locator('.domain details')
        .nth(6)
        .evaluate((d) => d.open),
      true,
    );
    assert.ok((await popup.locator('details[open] .domain-body li').count()) >= 3, 'D7 lists its findings and actions');
    assert.match(await popup.locator('.context').textContent(), /Independence:.*Look again when:/s);
    const link = popup.locator('a.primary');
    assert.equal(
      await link.getAttribute('href'),
      'https://www.productionai.institute/insights/openai-codex-sites-plugins-psf-assessment-2026',
    );
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.match(
      await popup.locator('.why').textContent(),
      /^Recognised by the page’s address: \/codex on openai\.com\.$/,
    );
    assert.match(await popup.locator('footer').textContent(), /CC BY 4\.0/);
    await popup.close();
    await page.close();
  });

  test("on a vendor's home page about several rated products, offers each of them", async (t) => {
    const page = await visit('https://www.anthropic.com/', t);
    const badge = await waitForBadge(page);
    assert.match(badge.text, /Anthropic: 2 rated products/);
    assert.ok(badge.text.includes('Claude Sonnet 4.6') && badge.text.includes('Claude Opus 4.8'), badge.text);
    const tabId = await tabIdOf(session, page);
    assert.match((await toolbarOf(session, tabId)).title, /2 rated products here: Claude .*, Claude /);
    const popup = await openPopup(session, tabId);
    t.after(() => popup.close());
    const first = await popup.locator('h1').textContent();
    const other = first === 'Claude Opus 4.8' ? 'Claude Sonnet 4.6' : 'Claude Opus 4.8';
    assert.ok(['Claude Opus 4.8', 'Claude Sonnet 4.6'].includes(first), first);
    await popup.locator('.alternatives button', { hasText: other }).click();
    await popup.locator('h1', { hasText: other }).waitFor();
    assert.match(await popup.locator('.alternatives').textContent(), new RegExp(first.replace('.', '\\.')));
    // Sonnet 4.6 has three ratings captured (all Strong), Opus 4.8 none: every missing one says so, none is a Gap.
    const ratings = (await popup.locator('.domain .rating').allTextContents()).map((r) => r.replace(/^\W+/, ''));
    const want =
      other === 'Claude Opus 4.8'
        ? Array(8).fill('not captured')
        : [...Array(3).fill('Strong'), ...Array(5).fill('not captured')];
    assert.deepEqual(ratings, want);
  });

  test('on a page PSF Lens does not rate, offers the library instead', async (t) => {
    const page = await visit('https://example.org/', t);
    const popup = await openPopup(session, await tabIdOf(session, page));
    // Opened from the toolbar, the click lets it read the page's address (activeTab) and it says "No rated product on
    // this page"; opened for the tab as here, it may not read it, and says what it cannot see.
    assert.match(await popup.locator('main').textContent(), /No rated product that PSF Lens can see here/);
    await popup.getByRole('searchbox', { name: 'Search the library' }).fill('lang');
    const [tab] = await Promise.all([
      session.ctx.waitForEvent('page'),
      popup.locator('.results').getByRole('link', { name: 'LangChain / LangGraph' }).click(),
    ]);
    await tab.getByRole('heading', { level: 1, name: 'LangChain / LangGraph' }).waitFor();
    await tab.close();
    // Enter in the box opens the first match, as its click does.
    await popup.getByRole('searchbox', { name: 'Search the library' }).fill('crew');
    const [byEnter] = await Promise.all([session.ctx.waitForEvent('page'), popup.keyboard.press('Enter')]);
    await byEnter.getByRole('heading', { level: 1, name: 'CrewAI' }).waitFor();
    await byEnter.close();
    await popup.close();
    await page.close();
  });
});

describe('single-page navigation', () => {
  test('follows pushState and popstate, and a late answer never lands on a newer page', async (t) => {
    const page = await visit('https://openai.com/codex/', t);
    await waitForBadge(page);
    const tabId = await tabIdOf(session, page);

    await page.click('#to-careers');
    await waitForBadge(page, { present: false });
    const text = await eventually(async () => (await toolbarOf(session, tabId)).text, '');
    assert.equal(text, '', 'the toolbar is plain again off the product page');

    await page.click('#to-gpt41');
    let badge = await waitForBadge(page);
    assert.match(badge.text, /GPT-4\.1 2 of 8 domains rated: 2 Strong/);

    await page.click('#to-pricing');
    badge = await waitForBadge(page);
    assert.match(badge.text, /OpenAI Codex/);

    await page.goBack(); // popstate to /index/gpt-4-1/
    badge = await waitForBadge(page);
    assert.match(badge.text, /GPT-4\.1/);

    // Two navigations in a row: only the last page's badge may show.
    await page.evaluate(() => {
      history.pushState({}, '', '/codex/');
      history.pushState({}, '', '/careers');
    });
    await waitForBadge(page, { present: false });
    await page.waitForTimeout(300);
    assert.equal(await readBadge(page), null, 'no badge from the abandoned /codex/ lookup');
    await page.close();
  });
});

describe('single-page navigation on a shared host', () => {
  // github.com's patterns are scoped to the rated repositories, so no content script runs on its home page: the
  // background sees the tab arrive at a rated path and injects it then.
  test('from the home page into a rated repository by pushState shows the badge, without a reload; leaving removes it', async (t) => {
    const page = await visit('https://github.com/', t);
    const tabId = await tabIdOf(session, page);
    await page.waitForTimeout(300);
    assert.equal(await readBadge(page), null, 'nothing on GitHub’s home page');
    await page.click('#to-repo');
    const badge = await waitForBadge(page);
    assert.match(badge.text, /^PSF LangChain.* 3 Strong · 4 Partial · 1 Gap/);
    assert.equal(await eventually(async () => (await toolbarOf(session, tabId)).text, 'PSF'), 'PSF');
    await page.click('#to-other');
    await waitForBadge(page, { present: false });
    assert.equal(await eventually(async () => (await toolbarOf(session, tabId)).text, ''), '');
    await page.goBack(); // back to the repository
    assert.match((await waitForBadge(page)).text, /LangChain/);
    await page.click('#to-home');
    await waitForBadge(page, { present: false });
    await page.click('#to-repo');
    await waitForBadge(page);
    assert.equal(
      await page.evaluate(() => [...document.documentElement.children].filter((n) => n.hasAttribute('popover')).length),
      1,
      'one badge, however often the script was injected',
    );
  });
});

describe('pages that are not a rated product', () => {
  for (const url of ['https://example.org/', 'https://openai.com/careers', 'https://github.com/openai/whisper']) {
    test(`${url} is left untouched`, async (t) => {
      const page = await visit(url, t);
      await page.waitForTimeout(400);
      assert.equal(await readBadge(page), null);
      assert.equal(await page.evaluate(() => document.documentElement.children.length), 2, 'nothing added to the page');
      const tabId = await tabIdOf(session, page);
      if (tabId !== undefined) assert.equal((await toolbarOf(session, tabId)).text, '');
      const worker = await session.worker();
      const state = await worker.evaluate(async (id) => chrome.storage.session.get(`tab:${id}`), tabId ?? -1);
      assert.deepEqual(state, {}, 'the content script sent no lookup for this page');
      await page.close();
    });
  }
});

describe('isolation and robustness', () => {
  test("the page's CSS cannot hide the badge and its scripts cannot reach into it", async (t) => {
    const page = await visit('https://openai.com/codex/security/', t);
    const badge = await waitForBadge(page);
    assert.match(badge.text, /OpenAI Codex/);
    const box = await page.evaluate(() => {
      const host = document.querySelector(':popover-open');
      const r = host.getBoundingClientRect();
      const style = getComputedStyle(host);
      return {
        width: r.width,
        height: r.height,
        display: style.display,
        opacity: style.opacity,
        visibility: style.visibility,
      };
    });
    assert.ok(box.width > 100 && box.height > 20, `badge box ${JSON.stringify(box)}`);
    assert.deepEqual([box.display, box.opacity, box.visibility], ['block', '1', 'visible']);
    assert.equal(await page.evaluate(() => window.__psfShadowSeen), null, 'a page script sees no shadow root');
    await page.close();
  });

  for (const width of [320, 400, 1280]) {
    test(`at ${width} px wide the badge fits the window, nothing in it overlaps, its buttons keep their size`, async (t) => {
      const page = await session.ctx.newPage();
      t.after(() => page.close());
      await page.setViewportSize({ width, height: 640 });
      await page.goto('https://haystack.deepset.ai/');
      await waitForBadge(page);
      const [badge] = await boxesInBadge(page, 'b');
      // The ratings line and the hint wrap rather than run on under the buttons (the name is cut with an ellipsis).
      const words = [...(await boxesInBadge(page, 'c')), ...(await boxesInBadge(page, 'h'))];
      const controls = await boxesInBadge(page, 'x');
      assert.ok(badge.left >= 0 && badge.right <= width && badge.bottom <= 640, `badge ${JSON.stringify(badge)}`);
      assert.equal(words.length, 2);
      assert.equal(controls.length, 2);
      // The fold and close buttons keep their 28 px: squeezed by long words, they shrank to a 16 px target at 320.
      for (const control of controls)
        assert.ok(control.right - control.left >= 28, `a button ${control.right - control.left} px wide`);
      for (const line of words) {
        assert.ok(line.overflow <= 0, `words spill ${line.overflow} px out of their line`);
        for (const control of controls)
          assert.ok(line.right <= control.left, `words reaching ${line.right} run under a button at ${control.left}`);
      }
      // Asked whether to hide it here, its two answers stay side by side: one by one, "Keep" wrapped alone.
      await clickInBadge(page, 'close');
      await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
      const [hide, keep] = await boxesInBadge(page, 'a');
      assert.equal(hide.top, keep.top, `Hide at ${hide.top}, Keep at ${keep.top}`);
      assert.ok(keep.right <= width, `Keep reaches ${keep.right}`);
    });
  }

  test('the keyboard reaches the badge after the page, and Enter on it opens the details', async (t) => {
    const page = await visit('https://openai.com/codex/', t);
    await waitForBadge(page);
    const inBadge = () => page.evaluate(() => document.activeElement?.hasAttribute('popover') ?? false);
    let presses = 0;
    while (!(await inBadge()) && presses < 20) {
      await page.keyboard.press('Tab');
      presses++;
    }
    assert.ok(await inBadge(), 'Tab never reached the badge');
    // What the background hears (the popup it opens may not be a page a headless browser shows).
    const worker = await session.worker();
    await worker.evaluate(() => {
      globalThis.__psfAsked = [];
      chrome.runtime.onMessage.addListener(
        (message, sender) => void (sender.tab && globalThis.__psfAsked.push(message.type)),
      );
    });
    await page.keyboard.press('Enter');
    const asked = await eventually(
      async () => (await worker.evaluate(() => globalThis.__psfAsked)).join(),
      'open-details',
    );
    assert.equal(asked, 'open-details');
  });

  test('hiding the badge for a site sticks, and the popup brings it back', async (t) => {
    const page = await visit('https://www.crewai.com/', t);
    await waitForBadge(page);
    await clickInBadge(page, 'close');
    await page.waitForTimeout(700); // the confirmation ignores clicks right after it appears
    await clickInBadge(page, 'a'); // "Hide", the first answer
    await waitForBadge(page, { present: false });
    await page.reload();
    await page.waitForTimeout(500);
    assert.equal(await readBadge(page), null, 'hidden on crewai.com after a reload');
    const tabId = await tabIdOf(session, page);
    assert.equal((await toolbarOf(session, tabId)).text, 'PSF', 'the toolbar still tells');
    const popup = await openPopup(session, tabId);
    const toggle = popup.getByLabel('Show the badge on crewai.com');
    assert.equal(await toggle.isChecked(), false);
    await toggle.check();
    await popup.waitForTimeout(100);
    await page.reload();
    await waitForBadge(page);
    await popup.close();
    await page.close();
  });

  test('a stopped and restarted service worker answers the same', async (t) => {
    const page = await visit('https://openai.com/codex/', t);
    const before = await waitForBadge(page);
    const tabId = await tabIdOf(session, page);
    const popupBefore = await openPopup(session, tabId);
    const scorecardBefore = await popupBefore.locator('.scorecard').textContent();
    await popupBefore.close();

    await stopServiceWorker(session, page);
    await page.reload();
    const afterRestart = await waitForBadge(page);
    assert.equal(afterRestart.text, before.text);
    const popupAfter = await openPopup(session, tabId);
    assert.equal(await popupAfter.locator('.scorecard').textContent(), scorecardBefore);
    await popupAfter.close();
    await page.close();
  });

  test('no network request and no script error anywhere', async () => {
    assert.deepEqual(session.refused, [], 'every request was a fixture page');
    const worker = await session.worker();
    const fetched = await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.deepEqual(
      fetched.filter((url) => !url.startsWith('chrome-extension://')),
      [],
      'the background fetched only its own files',
    );
    assert.deepEqual(consoleErrors, []);
  });
});
