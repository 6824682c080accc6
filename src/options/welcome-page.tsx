/**
 * The page PSF Lens opens once, when it is installed (never on an update): what it does, what it never does,
 * how to keep its icon at hand, and a way to try it at once.
 */
import { Legend } from '../ui/legend.tsx';
import { useTitle } from './library-data.ts';
import { hrefFor, LIBRARY } from './router.ts';

const TEXT = {
  title: 'Welcome to PSF Lens',
  lede: "PSF Lens shows the independent PSF assessment of an AI product when you open its vendor's page: a small badge on the page, and in the toolbar popup the verdict and the actions to take first.",
  does: 'What it does',
  doesItems: [
    'Recognises the pages of rated AI products: product pages, documentation, repositories and package pages.',
    'Shows how the Production AI Institute rated the product in the eight domains of the Production Safety Framework, and what to do about each finding.',
    'Keeps your team’s checklists, notes and comparisons in this browser, in the workspace.',
  ],
  never: 'What it never does',
  neverItems: [
    'No tracking and no telemetry: nothing about you or the pages you visit leaves this browser.',
    'No network request at all, unless you or your administrator configure a signed data feed, and then only to that feed.',
    'Nothing on other sites: it runs only on the hosts of rated products, and keeps no address you visited.',
  ],
  pin: 'Keep it at hand',
  pinChrome:
    'Chrome and Edge: open the Extensions button (the puzzle piece) in the toolbar and choose the pin beside PSF Lens.',
  pinFirefox:
    'Firefox: open the Extensions button (the puzzle piece), then PSF Lens’s menu (⚙), and choose Pin to Toolbar.',
  try: 'Try it',
  tryText: 'Look a product up in the library, or open the page of an AI product you are evaluating.',
  library: 'Open the library',
  settings: 'Settings: where the data comes from',
};

export function WelcomePage() {
  useTitle(TEXT.title);
  return (
    <article class="welcome">
      <h1 tabIndex={-1}>{TEXT.title}</h1>
      <p class="lede">{TEXT.lede}</p>
      <section aria-labelledby="welcome-try">
        <h2 id="welcome-try">{TEXT.try}</h2>
        <p>{TEXT.tryText}</p>
        <p class="page-actions">
          <a class="button primary-button" href={hrefFor(LIBRARY)}>
            {TEXT.library}
          </a>
          <a href={hrefFor({ kind: 'settings' })}>{TEXT.settings}</a>
        </p>
      </section>
      <section aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{TEXT.pin}</h2>
        <p>{TEXT.pinChrome}</p>
        <p>{TEXT.pinFirefox}</p>
      </section>
      <section aria-labelledby="welcome-does">
        <h2 id="welcome-does">{TEXT.does}</h2>
        <ul>
          {TEXT.doesItems.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <Legend open />
      </section>
      <section aria-labelledby="welcome-never">
        <h2 id="welcome-never">{TEXT.never}</h2>
        <ul>
          {TEXT.neverItems.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
