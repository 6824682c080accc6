// @vitest-environment happy-dom
// "Do first" lists the Gap domains' actions, then the Partial ones', each with its rating's look and a link to its
// checklist item; it says so when no action is for a Gap or Partial domain (and when some are for domains whose
// rating is not captured, which may be either), and when there are no actions at all.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { FirstActions } from '../../../src/ui/first-actions.tsx';
import { assessmentOf, bundled, productOf } from '../helpers/dataset.ts';

afterEach(cleanup);

function show(productId: string) {
  const d = bundled();
  render(
    <FirstActions
      assessment={assessmentOf(d, productId)}
      productName={productOf(d, productId).name}
      href={(path) => `ext://options#${path}`}
    />,
  );
  return screen.getByRole('region', { name: 'Do first' });
}

/** The region's paragraphs (not the list of actions), in order. */
const sentences = (region: HTMLElement) => [...region.querySelectorAll(':scope > p')].map((p) => p.textContent);

test.each([
  ['openai-codex', 'Gap · D4', 'rating-Gap', '✕', 'All 27 actions in the checklist'],
  ['semantic-kernel', 'Partial · D1', 'rating-Partial', '◐', 'All 3 actions in the checklist'],
])(
  '%s: each action tagged with its rating and domain in the rating’s look, then the whole checklist',
  (id, tag, look, icon, all) => {
    const region = show(id);
    const tags = [...region.querySelectorAll('.first-actions .tag')].map((t) => [t.className, t.textContent]);
    expect(tags).toEqual([0, 1, 2].map(() => [`tag ${look}`, `${icon} ${tag}`]));
    expect(sentences(region)).toEqual([all]);
  },
);

test('when every action is for a Strong domain, says so and still links the whole checklist', () => {
  const region = show('gpt-4-1');
  expect(within(region).queryAllByRole('listitem')).toHaveLength(0);
  expect(sentences(region)).toEqual([
    'No action of the assessment is for a Gap or Partial domain.',
    'The 1 action in the checklist',
  ]);
  expect(within(region).getByRole('link').getAttribute('href')).toBe('ext://options#/checklist/gpt-4-1');
});

test('when actions are for domains whose rating is not captured, never says that none is for a Gap or Partial one', () => {
  // Amazon Bedrock Agents: four actions, all for D1, whose rating PSF Lens's data lacks.
  const region = show('amazon-bedrock-agents');
  expect(within(region).queryAllByRole('listitem')).toHaveLength(0);
  expect(sentences(region)).toEqual([
    'No action is for a domain rated Gap or Partial here, but some are for domains whose rating is not captured.',
    'All 4 actions in the checklist',
  ]);
});

test('without any action, names the product and links the full assessment in a new tab', () => {
  const region = show('crewai');
  expect(sentences(region)).toEqual([
    'The assessment lists no practitioner actions for CrewAI. Read the full assessment ↗',
  ]);
  const link = within(region).getByRole('link', { name: 'Read the full assessment ↗' });
  expect([link.getAttribute('href'), link.getAttribute('target')]).toEqual([
    'https://productionai.institute/insights/crewai-psf-assessment',
    '_blank',
  ]);
});
