// @vitest-environment happy-dom
// A variant and a release scope each come under their own heading; a variant rated exactly like the assessment
// names itself and lists nothing, and a domain the domain list does not name is still listed by its id.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Assessment, Domain } from '../../../src/core/model.ts';
import { Scope, Variants } from '../../../src/ui/assessment-extras.tsx';
import { assessmentOf, bundled } from '../helpers/dataset.ts';

afterEach(cleanup);

const domainMap = (domains: Domain[]) => new Map(domains.map((d) => [d.id, d]));

function showVariants(change: (a: Assessment) => Assessment = (a) => a, domains = bundled().domains) {
  render(<Variants assessment={change(assessmentOf(bundled(), 'langchain'))} domains={domainMap(domains)} />);
  return screen.getByRole('region', { name: 'Variants' });
}

test('variants come under their heading', () => {
  const section = showVariants();
  expect(within(section).getByRole('heading', { level: 3 }).textContent).toBe('Variants');
});

test('a variant rated like the assessment in every domain names itself and lists no difference', () => {
  const section = showVariants((a) => ({
    ...a,
    variants: (a.variants ?? []).map((variant) => ({ ...variant, ratings: a.ratings })),
  }));
  expect(section.textContent).toMatch(/LangGraph:/);
  expect(within(section).queryByRole('list')).toBeNull();
});

test('a domain the domain list does not name is listed by its id', () => {
  const section = showVariants(undefined, []);
  expect(
    within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['D5 : ✓Strong instead of ◐Partial']);
});

test('the release scope comes under its heading', () => {
  render(<Scope assessment={assessmentOf(bundled(), 'openai-codex')} />);
  const section = screen.getByRole('region', { name: 'Release scope assessed' });
  expect(within(section).getByRole('heading', { level: 3 }).textContent).toBe('Release scope assessed');
});
