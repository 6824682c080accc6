/**
 * The page PSF Lens opens once, when it is installed (never on an update): what it does, what it never does,
 * how to keep its icon at hand, and a way to try it at once.
 */
import { Legend } from '../ui/legend.tsx';
import { useTitle } from './library-data.ts';
import { hrefFor, LIBRARY } from './router.ts';
import { t } from '../shared/i18n.ts';

const DOES = ['welcome_does1', 'welcome_does2', 'welcome_does3'] as const;
const NEVER = ['welcome_never1', 'welcome_never2', 'welcome_never3'] as const;

export function WelcomePage() {
  useTitle(t('welcome_title'));
  return (
    <article class="welcome">
      <h1 tabIndex={-1}>{t('welcome_title')}</h1>
      <p class="lede">{t('welcome_lede')}</p>
      <section aria-labelledby="welcome-try">
        <h2 id="welcome-try">{t('welcome_try')}</h2>
        <p>{t('welcome_tryText')}</p>
        <p class="page-actions">
          <a class="button primary-button" href={hrefFor(LIBRARY)}>
            {t('welcome_library')}
          </a>
          <a href={hrefFor({ kind: 'settings' })}>{t('welcome_settings')}</a>
        </p>
      </section>
      <section aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{t('welcome_pin')}</h2>
        <p>{t('welcome_pinChrome')}</p>
        <p>{t('welcome_pinFirefox')}</p>
      </section>
      <section aria-labelledby="welcome-does">
        <h2 id="welcome-does">{t('welcome_does')}</h2>
        <ul>
          {DOES.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <Legend open />
      </section>
      <section aria-labelledby="welcome-never">
        <h2 id="welcome-never">{t('welcome_never')}</h2>
        <ul>
          {NEVER.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
