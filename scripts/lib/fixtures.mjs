// Vendor pages served from local fixtures: PSF Lens's browser runs never touch the live web.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'pages');

/**
 * A page as many vendors' are (held.html): a script in its head holds the parser for 200 ms, a deferred one holds
 * DOMContentLoaded until 800 ms.
 */
export const HELD_PAGE = 'https://openai.com/codex/held';

/** Evaluated in held.html: when the badge's host came in, the body started and DOMContentLoaded, in ms of its clock. */
export const heldTimings = () => ({
  badgeAt: window.badgeAt,
  bodyStart: window.bodyStart,
  dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
});

/** URL (no query or fragment, trailing slash ignored) -> fixture file. */
export const FIXTURE_ROUTES = {
  'https://openai.com/codex': 'openai-codex.html',
  'https://openai.com/codex/security': 'hostile.html',
  'https://openai.com/careers': 'plain.html',
  'https://github.com/langchain-ai/langchain': 'langchain-github.html',
  'https://github.com/openai/whisper': 'plain.html',
  'https://www.crewai.com': 'crewai.html',
  'https://learn.microsoft.com/en-us/semantic-kernel/overview': 'semantic-kernel-learn.html',
  'https://haystack.deepset.ai': 'haystack.html',
  'https://www.anthropic.com': 'anthropic-home.html',
  'https://example.org': 'plain.html',
  'https://github.com': 'github-home.html',
  'https://github.com/search': 'github-home.html',
  // The hostile-page suite (test/e2e/hostile*.test.mjs): pages that attack what PSF Lens puts in them.
  'https://openai.com/codex/hostile/css': 'hostile/css.html',
  'https://openai.com/codex/hostile/hooks': 'hostile/hooks.html',
  'https://openai.com/codex/hostile/custom-element': 'hostile/custom-element.html',
  'https://openai.com/codex/hostile/remove-loop': 'hostile/remove-loop.html',
  'https://openai.com/codex/hostile/csp': 'hostile/csp.html',
  'https://openai.com/codex/hostile/frames': 'hostile/frames.html',
  'https://openai.com/codex/hostile/big': 'hostile/big.html',
  'https://openai.com/codex/hostile/find': 'hostile/find.html',
  'https://openai.com/codex/hostile/backdrop': 'hostile/backdrop.html',
  'https://openai.com/codex/hostile/rtl': 'hostile/rtl.html',
  'https://www.anthropic.com/claude/sonnet/hostile-title': 'hostile/huge-title.html',
  [HELD_PAGE]: 'held.html',
  // A product only the user's organisation assessed, on a site of its own (organisation-firefox.test.mjs).
  'https://acme-agent.example': 'plain.html',
  // Search engines' result pages (the query is not part of the key).
  'https://www.google.com/search': 'search-google.html',
  'https://www.bing.com/search': 'search-bing.html',
  'https://duckduckgo.com': 'search-duckduckgo.html',
};

function routeKey(url) {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}`.replace(/\/+$/, '');
}

/**
 * The script a fixture page loads from `/_held/<ms>.js` on its own host: empty, answered after `<ms>` ms, as a slow
 * network answers. Returns the delay, or null for any other address.
 */
export function heldScript(url) {
  const held = /^https:\/\/[\w.-]+\/_held\/(\d{1,4})\.js$/.exec(url);
  return held ? Number(held[1]) : null;
}

export function fixtureFor(url) {
  const file = FIXTURE_ROUTES[routeKey(url)];
  return file ? readFileSync(join(PAGES, file), 'utf8') : null;
}

/**
 * Serves fixtures for every request of the context and refuses everything else, recording what was refused,
 * so a run proves it needed nothing from the network.
 */
export async function serveFixtures(ctx) {
  const refused = [];
  await ctx.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own files are not network traffic.
    if (!/^https?:/.test(url)) return route.continue();
    const body = route.request().resourceType() === 'document' ? fixtureFor(url) : null;
    if (body !== null) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    const held = heldScript(url);
    if (held !== null) {
      await new Promise((resolve) => setTimeout(resolve, held));
      // The page may have gone meanwhile: nothing is waiting for the answer then.
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }).catch(() => {});
    }
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  return refused;
}
