// What the end-to-end tests of PSF Lens's languages share: a browser session that records every script error of
// every page it opens, and the settings page's language override, which reloads the workspace in the language.
import { launch, waitForReady } from './browser.mjs';

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
  await page.locator('main h1').waitFor();
  return page;
}
