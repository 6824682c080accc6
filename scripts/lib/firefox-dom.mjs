// Reading and driving PSF Lens's pages in Firefox through puppeteer, by what a person sees: texts, labels, roles.
// (The Chromium tests use Playwright's locators for the same; puppeteer over BiDi has no label locator.)

const delay = (ms) => new Promise((done) => setTimeout(done, ms));

export const textOf = (page, selector) => page.$eval(selector, (node) => node.textContent);
export const textsOf = (page, selector) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent));

/** Waits until an element matching `selector` has text matching `pattern`, and returns that text. */
export async function waitForText(page, pattern, { selector = 'body', timeout = 8000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const texts = await page
      .$$eval(selector, (nodes) => nodes.map((n) => n.innerText ?? n.textContent))
      .catch(() => []);
    const hit = texts.find((t) => pattern.test(t));
    if (hit !== undefined) return hit;
    if (Date.now() > end)
      throw new Error(`no ${selector} matching ${pattern}; saw: ${texts.join(' | ').slice(0, 400)}`);
    await delay(50);
  }
}

/**
 * The form control labelled `label` (its <label>'s text starts with it), inside the first `within` element whose
 * text includes `withinText` when given, once it is there and enabled, as a person waits for a control greyed out
 * while the page loads what it shows (Playwright's locators wait the same way). Throws, naming the label, when there
 * is none or it stays disabled.
 */
export async function control(page, label, { within = 'body', withinText = '', timeout = 8000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const handle = await page.evaluateHandle(
      (name, scope, scopeText) => {
        const box = [...document.querySelectorAll(scope)].find((n) => n.textContent.includes(scopeText));
        const found = [...(box?.querySelectorAll('label') ?? [])].find((l) => l.textContent.trim().startsWith(name));
        return found?.control ?? found?.querySelector('input, select, textarea') ?? null;
      },
      label,
      within,
      withinText,
    );
    const element = handle.asElement();
    const disabled = element ? await element.evaluate((node) => node.disabled) : null;
    if (element && !disabled) return element;
    if (Date.now() > end)
      throw new Error(`${element ? 'disabled' : 'no'} control labelled "${label}" in ${within} "${withinText}"`);
    await delay(50);
  }
}

/** Clicks the first enabled button (or link) whose text is `name`, once there is one (a busy page relabels them). */
export async function clickButton(page, name, { timeout = 5000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const handle = await page.evaluateHandle(
      (text) =>
        [...document.querySelectorAll('button, a')].find((n) => n.textContent.trim() === text && !n.disabled) ?? null,
      name,
    );
    const element = handle.asElement();
    if (element) return element.click();
    if (Date.now() > end) throw new Error(`no button "${name}"`);
    await delay(50);
  }
}

/** Replaces a text field's value the way a person does: select all, type. */
export async function fill(element, value) {
  await element.click({ count: 3 });
  await element.evaluate((input) => input.select?.());
  await element.type(value);
}
