// The hostile-page suite in Firefox ESR: the part Firefox can run, and what Firefox alone lets a page try (its
// window.find searches closed shadow roots). The badge's words are read through WebDriver BiDi.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { badgeBox, launchFirefox, waitForBadge } from '../../scripts/lib/firefox.mjs';

let firefox;
let page;

async function settledBox() {
  for (let i = 0; i < 40; i++) {
    const box = await badgeBox(page);
    if (box) return box;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

const inCorner = (box) => box && Math.abs(box.right - 12) <= 2 && Math.abs(box.bottom - 12) <= 2 && box.width > 150;

before(async () => {
  firefox = await launchFirefox();
  page = await firefox.newPage();
  // The first page after install waits for the records PSF Lens publishes as it starts.
  await page.goto('https://openai.com/codex/');
  await settledBox();
});

after(async () => {
  await firefox?.close();
});

describe('in Firefox', () => {
  for (const css of ['transform', 'contain', 'will-change']) {
    test(`html { ${css} } cannot move the badge out of the viewport's corner`, async () => {
      await page.goto(`https://openai.com/codex/hostile/css#${css}`);
      const box = await settledBox();
      assert.ok(inCorner(box), JSON.stringify(box));
      assert.equal(box.topLayer, true);
    });
  }

  test('a right-to-left page: the badge still reads left to right, its mark first', async () => {
    await page.goto('https://openai.com/codex/hostile/rtl');
    const { centres } = await waitForBadge(page, { classes: ['k', 't', 'close'] });
    const order = [centres.k?.x, centres.t?.x, centres.close?.x];
    assert.deepEqual(
      order,
      order.toSorted((a, b) => a - b),
      `mark, words and close at x = ${order.join(', ')}`,
    );
  });

  test('a page that defines custom elements gets no shadow root', async () => {
    await page.goto('https://openai.com/codex/hostile/custom-element');
    assert.ok(await settledBox());
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(await page.evaluate(() => window.__stolen), null);
  });

  test('the strictest Content Security Policy does not unstyle the badge', async () => {
    await page.goto('https://openai.com/codex/hostile/csp');
    const box = await settledBox();
    assert.ok(inCorner(box), JSON.stringify(box));
  });

  test('a page that keeps removing the badge: a few tries, then PSF Lens stops', async () => {
    await page.goto('https://openai.com/codex/hostile/remove-loop#remove');
    await new Promise((r) => setTimeout(r, 1500));
    const fights = await page.evaluate(() => window.__fights);
    assert.ok(fights >= 1 && fights <= 4, `${fights} mounts`);
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(await page.evaluate(() => window.__fights), fights);
  });

  test('text search and selection do not reach into the badge, nor rewrite its rating', async () => {
    await page.goto('https://openai.com/codex/hostile/find');
    const badge = await waitForBadge(page);
    // The page attacks 50 ms after the badge is added; on a busy machine its timer can fire later than that.
    const end = Date.now() + 5000;
    while ((await page.evaluate(() => window.__tries)) < 1 && Date.now() < end)
      await new Promise((r) => setTimeout(r, 100));
    const [tries, reached] = await page.evaluate(() => [window.__tries, window.__reached]);
    assert.ok(tries >= 1, 'the page never attacked the badge');
    assert.deepEqual(reached, [], 'the page got into the badge’s shadow root');
    const after = await waitForBadge(page);
    assert.equal(after.mode, 'closed');
    assert.ok(after.text.includes('1 Strong · 5 Partial · 2 Gap'), after.text);
    assert.equal(after.text, badge.text);
  });

  test('synthetic pagehide events do not remove the badge', async () => {
    await page.goto('https://openai.com/codex/');
    assert.ok(await settledBox());
    await page.evaluate(() => {
      for (let i = 0; i < 50; i++) window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    });
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(await badgeBox(page), 'a synthetic pagehide removed the badge');
  });
});
