// The hostile-page suite, in Chromium: vendor pages that attack what PSF Lens puts in them (its own fixtures in
// test/fixtures/pages/hostile/). A vendor's page is the adversary's ground: it may want a bad rating to look good,
// hide it, or make PSF Lens burn the reader's CPU. Firefox runs the subset it can in hostile-firefox.test.mjs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  boxesInBadge,
  clickInBadge,
  launch,
  readBadge,
  tabIdOf,
  toolbarOf,
  waitForBadge,
  waitForReady,
} from '../../scripts/lib/browser.mjs';

const CODEX_WORDS = 'OpenAI Codex 1 Strong · 5 Partial · 2 Gap';
let session;
const pageErrors = [];

/** Opens a page that is closed again when the test ends. */
async function visit(url, t) {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
  await page.goto(url);
  return page;
}

/**
 * What PSF Lens added to <html> (anything but head and body), as the page lays it out: whatever its tag, so the
 * same check runs on any version of the badge.
 */
function hostBox(page) {
  return page.evaluate(() => {
    const hosts = [...document.documentElement.children].filter((n) => !['head', 'body'].includes(n.localName));
    const host = hosts.at(-1);
    if (!host) return null;
    const r = host.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      count: hosts.length,
      width: r.width,
      height: r.height,
      right: innerWidth - r.right,
      bottom: innerHeight - r.bottom,
      onTop: hit === host,
    };
  });
}

/** The colour the page shows at (x, y) on screen, as [red, green, blue], read from a screenshot. */
async function pixelAt(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(
    async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const context = new OffscreenCanvas(1, 1).getContext('2d');
      context.drawImage(image, 0, 0);
      const [red, green, blue] = context.getImageData(0, 0, 1, 1).data;
      return [red, green, blue];
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

/** Counts the messages content scripts send to the service worker from now on. */
async function countMessages() {
  const worker = await session.worker();
  await worker.evaluate(() => {
    globalThis.__psfMessages = 0;
    chrome.runtime.onMessage.addListener((_message, sender) => {
      if (sender.tab) globalThis.__psfMessages++;
    });
  });
  return () => worker.evaluate(() => globalThis.__psfMessages);
}

before(async () => {
  session = await launch();
  await waitForReady(session);
});

after(async () => {
  await session?.close();
});

describe('page CSS cannot move, clip or cover the badge', () => {
  for (const css of ['transform', 'contain', 'will-change']) {
    test(`html { ${css} }: the badge stays in the viewport's corner, on top`, async (t) => {
      const page = await visit(`https://openai.com/codex/hostile/css#${css}`, t);
      await waitForBadge(page);
      const box = await hostBox(page);
      assert.ok(box, 'a badge host');
      assert.ok(Math.abs(box.right - 12) <= 2 && Math.abs(box.bottom - 12) <= 2, `placed at ${JSON.stringify(box)}`);
      assert.ok(box.width > 150 && box.height > 30, `sized ${JSON.stringify(box)}`);
      assert.equal(box.onTop, true, 'nothing of the page covers it');
    });
  }
});

describe('the badge takes nothing of the page but its corner', () => {
  test('a page that styles every ::backdrop (for its own dialogs) is not dimmed by the badge', async (t) => {
    const page = await visit('https://openai.com/codex/hostile/backdrop', t);
    await waitForBadge(page);
    assert.deepEqual(await pixelAt(page, 640, 300), [255, 255, 255], 'the white page, away from the badge');
  });

  test('a printed page is the page: no badge over its content, and the badge back on screen', async (t) => {
    const page = await visit('https://openai.com/codex/', t);
    await waitForBadge(page);
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await boxesInBadge(page, 'b'), [], 'the badge is printed');
    await page.emulateMedia({ media: 'screen' });
    assert.equal((await boxesInBadge(page, 'b')).length, 1, 'the badge is gone from the screen');
  });
});

describe('page scripts cannot reach into the badge or turn PSF Lens against the reader', () => {
  test('builtins hooked by the page are never called by PSF Lens, and the badge shows as usual', async (t) => {
    const page = await visit('https://openai.com/codex/hostile/hooks', t);
    const badge = await waitForBadge(page);
    assert.ok(badge.text.startsWith(`PSF ${CODEX_WORDS}`), badge.text);
    assert.equal(await page.evaluate(() => window.__hookCalls), 0);
  });

  test('a page that defines custom elements gets no shadow root through ElementInternals, and cannot rewrite the rating', async (t) => {
    const page = await visit('https://openai.com/codex/hostile/custom-element', t);
    await waitForBadge(page);
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.__stolen), null, 'the page took the badge’s shadow root');
    const badge = await readBadge(page);
    assert.equal(badge.mode, 'closed');
    assert.ok(badge.text.includes('1 Strong · 5 Partial · 2 Gap'), badge.text);
    assert.ok(!badge.text.includes('8 Strong'), badge.text);
  });

  test('text search and selection do not reach into the badge, nor rewrite its rating', async (t) => {
    const page = await visit('https://openai.com/codex/hostile/find', t);
    await waitForBadge(page);
    // The page attacks 50 ms after the badge is added; on a busy machine its timer can fire later than that.
    await page.waitForFunction(() => window.__tries >= 1, null, { timeout: 5000 }).catch(() => null);
    assert.ok((await page.evaluate(() => window.__tries)) >= 1, 'the page never attacked the badge');
    assert.deepEqual(await page.evaluate(() => window.__reached), [], 'the page got into the badge’s shadow root');
    const badge = await readBadge(page);
    assert.equal(badge.mode, 'closed');
    assert.ok(badge.text.startsWith(`PSF ${CODEX_WORDS}`), badge.text);
  });

  test('scripted clicks and synthetic pagehide/pageshow do nothing: the badge stays, nothing is sent', async (t) => {
    const page = await visit('https://openai.com/codex/', t);
    await waitForBadge(page);
    await page.waitForTimeout(300);
    const messages = await countMessages();
    const pagesBefore = session.ctx.pages().length;
    await page.evaluate(() => {
      const host = [...document.documentElement.children].at(-1);
      for (let i = 0; i < 100; i++) {
        host.click();
        host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      }
    });
    await page.waitForTimeout(400);
    assert.ok(await readBadge(page), 'a synthetic pagehide removed the badge');
    assert.equal(await messages(), 0, 'synthetic events made PSF Lens send messages');
    assert.equal(session.ctx.pages().length, pagesBefore, 'a scripted click opened something');
  });

  test('one click, or a double click, on the close button cannot hide PSF Lens on the site', async (t) => {
    const page = await visit('https://openai.com/codex/', t);
    await waitForBadge(page);
    await clickInBadge(page, 'close');
    assert.ok(await readBadge(page), 'one click hid the badge');
    await clickInBadge(page, 'a'); // a second click, as a double click lands it, right on "Hide"
    assert.ok(await readBadge(page), 'a double click hid the badge');
    await page.reload();
    assert.ok(await waitForBadge(page), 'the site was hidden');
  });
});

describe('PSF Lens does not fight a page forever, nor burn its CPU', () => {
  for (const how of ['remove', 'reinsert']) {
    test(`a page that keeps ${how === 'remove' ? 'removing' : 'moving and re-inserting'} the badge: a few tries, then PSF Lens stops`, async (t) => {
      const page = await visit(`https://openai.com/codex/hostile/remove-loop#${how}`, t);
      await page.waitForTimeout(1500);
      const fights = await page.evaluate(() => window.__fights);
      assert.ok(fights >= 1 && fights <= 4, `${fights} mounts`);
      await page.waitForTimeout(1000);
      assert.equal(await page.evaluate(() => window.__fights), fights, 'still fighting a second later');
      const tabId = await tabIdOf(session, page);
      assert.equal((await toolbarOf(session, tabId)).text, 'PSF', 'the toolbar still tells');
    });
  }

  test('a pushState storm costs the background a few messages, not one per navigation', async (t) => {
    const page = await visit('https://openai.com/codex/', t);
    await waitForBadge(page);
    await page.waitForTimeout(300);
    const messages = await countMessages();
    await page.evaluate(() => {
      for (let i = 0; i < 1000; i++) history.pushState({}, '', i % 2 ? '/careers' : `/codex/${i}`);
      history.pushState({}, '', '/codex/final');
    });
    await page.waitForTimeout(1000);
    const sent = await messages();
    assert.ok(sent <= 4, `${sent} messages for 1,001 navigations`);
    assert.ok(await readBadge(page), 'the final page is Codex');
  });

  test('a page of 100,000 elements gets its badge as soon as any page does', async (t) => {
    const page = await visit('https://openai.com/codex/hostile/big', t);
    const badge = await waitForBadge(page, { timeout: 3000 });
    assert.ok(badge.text.includes(CODEX_WORDS), badge.text);
  });

  test('a title of a megabyte is not searched through: the page stays responsive, no badge from its glued words', async (t) => {
    const page = await visit('https://www.anthropic.com/claude/sonnet/hostile-title', t);
    const started = Date.now();
    await page.evaluate(() => document.title.length);
    assert.ok(Date.now() - started < 1000, 'the page’s main thread was held');
    await page.waitForTimeout(500);
    assert.equal(await readBadge(page), null);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  test('markup in a title stays text; a title that names the product first still counts', async (t) => {
    const page = await visit('https://www.anthropic.com/claude/sonnet/hostile-title#named', t);
    const badge = await waitForBadge(page);
    assert.ok(badge.text.startsWith('PSF Claude Sonnet 4.6'), badge.text);
    assert.ok(!badge.text.includes('<'), badge.text);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });
});

describe('pages PSF Lens shares with others', () => {
  test('the strictest Content Security Policy does not unstyle the badge', async (t) => {
    const page = await visit('https://openai.com/codex/hostile/csp', t);
    await waitForBadge(page);
    const box = await hostBox(page);
    assert.ok(Math.abs(box.right - 12) <= 2 && Math.abs(box.bottom - 12) <= 2, `placed at ${JSON.stringify(box)}`);
    assert.ok(box.width > 150, `sized ${JSON.stringify(box)}`);
  });

  test('a right-to-left page: the badge still reads left to right, its mark first and its counts in order', async (t) => {
    const page = await visit('https://openai.com/codex/hostile/rtl', t);
    await waitForBadge(page);
    const [[mark], [words], [fold, close]] = await Promise.all(['k', 't', 'x'].map((c) => boxesInBadge(page, c)));
    const order = [mark, words, fold, close].map((box) => Math.round(box.left));
    assert.deepEqual(
      order,
      order.toSorted((a, b) => a - b),
      `mark, words, fold and close at x = ${order.join(', ')}`,
    );
  });

  test('frames of rated pages: one badge, in the top frame only', async (t) => {
    const page = await visit('https://openai.com/codex/hostile/frames', t);
    await waitForBadge(page);
    await page.waitForTimeout(800);
    assert.equal((await hostBox(page)).count, 1);
    for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
      const added = await frame.evaluate(
        () => [...document.documentElement.children].filter((n) => !['head', 'body'].includes(n.localName)).length,
      );
      assert.equal(added, 0, `a badge in the frame ${frame.url()}`);
    }
  });

  test('no page error anywhere', () => {
    assert.deepEqual(
      pageErrors.filter((e) => !e.includes('hooked')),
      [],
    );
  });
});
