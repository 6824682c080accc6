/**
 * One sentence for a person from any error, for every page of PSF Lens: what happened and, where it helps,
 * what to do. The names PSF Lens uses inside (message types, schema wording, sender checks) never reach a page;
 * a message written for people (a refused managed setting, an unknown product) is passed on as a sentence.
 */

const REFUSED = 'PSF Lens refused a request it did not expect. Reload this page and try again.';

const RULES: { test: RegExp; text: string }[] = [
  {
    test: /Extension context invalidated|Receiving end does not exist|Could not establish connection|message port closed/i,
    text: 'PSF Lens was updated or restarted. Reload this page.',
  },
  { test: /^no answer to /, text: 'PSF Lens did not answer. Try again, or reload this page.' },
  {
    test: /^(?:sender refused|lookup for another origin refused|\S+ is not accepted from this sender|malformed message: (?:not an object|unknown type|unknown shape)$)/,
    text: REFUSED,
  },
  // A schema library's own wording ("Invalid type: Expected string but received 3") says nothing to a person.
  {
    test: /^(?:malformed message: )?Invalid \w+: /,
    text: 'PSF Lens could not use what was entered. Check it and try again.',
  },
];

/** A message as a sentence: a capital first letter and a full stop. */
function sentence(text: string): string {
  const trimmed = text.trim().replace(/^malformed message: /, '');
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (!message.trim()) return 'Something went wrong in PSF Lens. Try again.';
  return RULES.find((rule) => rule.test.test(message))?.text ?? sentence(message);
}
