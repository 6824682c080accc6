/**
 * Counted words ("1 action", "2 actions") through the language's own plural rules, so no sentence says
 * "1 actions" and a translation can add the forms its language needs. `#` in a form stands for the number.
 */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export function plural(count: number, forms: PluralForms, locale = 'en'): string {
  return (forms[new Intl.PluralRules(locale).select(count)] ?? forms.other).replace('#', String(count));
}
