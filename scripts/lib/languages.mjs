// What the end-to-end tests of PSF Lens's languages share: a browser session that records every script error of
// every page it opens, and the settings page's language override, which reloads the workspace in the language.
import { readFileSync } from 'node:fs';
import { launch, openPopup, tabIdOf, waitForBadge, waitForReady } from './browser.mjs';

/** A browser with PSF Lens (`launch` options), every page's script errors in `errors` from the first page on. */
export async function watchedSession(options) {
  const session = await launch(options);
  const errors = [];
  session.ctx.on('page', (page) => {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  });
  await waitForReady(session);
  return { session, errors };
}

/** Chooses a language on the settings page, which reloads in it; returns the reloaded page (closed after `t`). */
export async function chooseLanguage(session, value, t) {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/settings`);
  const select = page.locator('select:has(option[value="auto"])');
  await select.waitFor();
  await Promise.all([page.waitForEvent('load'), select.selectOption(value)]);
  // The reloaded page first shows its loading state, which has a heading of its own: wait for the settings.
  await select.waitFor();
  return page;
}

/** The popup of a tab on the OpenAI Codex fixture page, once its badge shows (both closed after `t`). */
export function codexPopup(session, t) {
  return pagePopup(session, 'https://openai.com/codex/', t);
}

/** The popup of a tab on a rated fixture page at `url`, once its badge shows (both closed after `t`). */
export async function pagePopup(session, url, t) {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.goto(url);
  await waitForBadge(page);
  const popup = await openPopup(session, await tabIdOf(session, page));
  t.after(() => popup.close());
  return popup;
}

const catalog = (locale) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));

/**
 * The English catalog's fixed phrases (the text between slots) long enough to be telling, that the `locale`
 * catalog does not use: any of them on a page in that language is English left untranslated.
 */
export function englishOnly(locale) {
  const theirs = Object.values(catalog(locale))
    .map((m) => m.message)
    .join('\n');
  return Object.values(catalog('en'))
    .flatMap((m) => m.message.split(/\{\w+\}/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 12 && !theirs.includes(part));
}

/** The text a reader reads on the page: every text node and read attribute outside the elements marked lang="en". */
export function readText(page) {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('[lang="en"]') && !node.parentElement?.closest('style, script'))
        parts.push(node.nodeValue);
    }
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
      .filter((el) => !el.closest('[lang="en"]'))
      .flatMap((el) => ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
    return [...parts, ...labels, document.title].join('\n').replace(/[ \t]+/g, ' ');
  });
}

/** The English phrases on a page that should be all `locale`, outside what is marked lang="en". */
export async function englishLeft(page, locale) {
  const text = await readText(page);
  return englishOnly(locale).filter((phrase) => text.includes(phrase));
}
