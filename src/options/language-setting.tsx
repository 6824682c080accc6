/**
 * The settings page's language: the browser's (the default), or English, German or French. Each language is
 * named in its own words, so a person who cannot read the current one still finds theirs. A change reloads the
 * workspace in the new language; the popup takes it the next time it opens.
 */
import { t } from '../shared/i18n.ts';
import { LOCALES, type LanguageSetting } from '../shared/locales.ts';
import type { SettingsView } from '../shared/messages.ts';

const OWN_NAME: Record<(typeof LOCALES)[number], string> = { en: 'English', de: 'Deutsch', fr: 'Français' };

/** The browser's language in its own words ("Deutsch (Deutschland)"), or its tag where Intl cannot name it. */
function browserLanguageName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function LanguageSetting(props: {
  view: SettingsView;
  busy: boolean;
  browserLanguage: string;
  save(language: LanguageSetting): void;
}) {
  const { view, busy, browserLanguage, save } = props;
  return (
    <>
      <h2>{t('settings_language')}</h2>
      <label>
        {t('settings_language')}
        <select
          value={view.settings.language}
          disabled={busy}
          onChange={(e) => save(e.currentTarget.value as LanguageSetting)}
        >
          <option value="auto">{t('settings_languageAuto', { name: browserLanguageName(browserLanguage) })}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {OWN_NAME[locale]}
            </option>
          ))}
        </select>
      </label>
      <p class="note">{t('settings_languageNote')}</p>
    </>
  );
}
