import { describe, expect, test } from 'vitest';
import { TOOLBAR_COLORS, toolbarLook, type ToolbarState } from '../../../src/background/toolbar.ts';
import type { Headline } from '../../../src/core/summary.ts';
import { toolbarTranslator } from '../../../src/background/badge-text.ts';
import { publishedText } from '../helpers/badge-text.ts';

const EN = toolbarTranslator(publishedText('en'));

const complete: Headline = { kind: 'complete', counts: { Strong: 1, Partial: 5, Gap: 2 } };
const allGaps: Headline = { kind: 'complete', counts: { Strong: 0, Partial: 0, Gap: 8 } };
const sourceCounts: Headline = { kind: 'source-counts', counts: { Strong: 3, Partial: 4, Gap: 1 }, captured: 4 };
const partial: Headline = { kind: 'partial', counts: { Strong: 2, Partial: 0, Gap: 0 }, captured: 2 };
const none: Headline = { kind: 'none' };

const assessed = (headline: Headline): ToolbarState => ({ kind: 'assessed', productName: 'OpenAI Codex', headline });

describe('toolbarLook', () => {
  test.each<[string, ToolbarState, { text: string; color: string; title: string }]>([
    [
      'complete',
      assessed(complete),
      { text: 'PSF', color: TOOLBAR_COLORS.assessed, title: 'PSF Lens: OpenAI Codex, 1 Strong · 5 Partial · 2 Gap' },
    ],
    [
      'all Gap',
      assessed(allGaps),
      { text: 'PSF', color: TOOLBAR_COLORS.assessed, title: 'PSF Lens: OpenAI Codex, 0 Strong · 0 Partial · 8 Gap' },
    ],
    [
      'source counts',
      assessed(sourceCounts),
      {
        text: 'PSF',
        color: TOOLBAR_COLORS.assessed,
        title: 'PSF Lens: OpenAI Codex, 3 Strong · 4 Partial · 1 Gap · 4 of 8 captured',
      },
    ],
    [
      'source counts with none of one rating: the source’s count of 0 is said',
      assessed({ kind: 'source-counts', counts: { Strong: 0, Partial: 6, Gap: 2 }, captured: 3 }),
      {
        text: 'PSF',
        color: TOOLBAR_COLORS.assessed,
        title: 'PSF Lens: OpenAI Codex, 0 Strong · 6 Partial · 2 Gap · 3 of 8 captured',
      },
    ],
    [
      'partial',
      assessed(partial),
      { text: 'PSF', color: TOOLBAR_COLORS.assessed, title: 'PSF Lens: OpenAI Codex, 2 Strong · 6 not captured' },
    ],
    [
      'none captured',
      assessed(none),
      { text: 'PSF', color: TOOLBAR_COLORS.neutral, title: 'PSF Lens: OpenAI Codex, ratings not captured' },
    ],
    [
      'several products',
      { kind: 'several', names: ['Claude Opus 4.8', 'Claude Sonnet 4.6'] },
      {
        text: 'PSF',
        color: TOOLBAR_COLORS.assessed,
        title: 'PSF Lens: 2 rated products here: Claude Opus 4.8, Claude Sonnet 4.6',
      },
    ],
    [
      'not assessed',
      { kind: 'not-assessed', productName: 'New Agent' },
      { text: '–', color: TOOLBAR_COLORS.neutral, title: 'PSF Lens: New Agent has no PSF assessment yet' },
    ],
    ['nothing on this page', { kind: 'none' }, { text: '', color: TOOLBAR_COLORS.neutral, title: 'PSF Lens' }],
  ])('%s', (_what, state, expected) => {
    expect(toolbarLook(state, EN)).toEqual(expected);
  });
});

describe('the title in the reader’s language, counts in its plural forms', () => {
  const DE = toolbarTranslator(publishedText('de'));
  const FR = toolbarTranslator(publishedText('fr'));
  test.each<[string, ToolbarState, string, string]>([
    [
      'complete',
      assessed(complete),
      'PSF Lens: OpenAI Codex, 1 Strong · 5 Partial · 2 Gap',
      'PSF Lens\u00a0: OpenAI Codex, 1 Strong · 5 Partial · 2 Gap',
    ],
    [
      'source counts',
      assessed(sourceCounts),
      'PSF Lens: OpenAI Codex, 3 Strong · 4 Partial · 1 Gap · 4 von 8 erfasst',
      'PSF Lens\u00a0: OpenAI Codex, 3 Strong · 4 Partial · 1 Gap · 4 notes sur 8 saisies',
    ],
    [
      'one rating captured',
      assessed({ kind: 'source-counts', counts: { Strong: 3, Partial: 4, Gap: 1 }, captured: 1 }),
      'PSF Lens: OpenAI Codex, 3 Strong · 4 Partial · 1 Gap · 1 von 8 erfasst',
      'PSF Lens\u00a0: OpenAI Codex, 3 Strong · 4 Partial · 1 Gap · 1 note sur 8 saisie',
    ],
    [
      'partial',
      assessed(partial),
      'PSF Lens: OpenAI Codex, 2 Strong · 6 nicht erfasst',
      'PSF Lens\u00a0: OpenAI Codex, 2 Strong · 6 non saisies',
    ],
    [
      'seven not captured',
      assessed({ kind: 'partial', counts: { Strong: 0, Partial: 0, Gap: 1 }, captured: 1 }),
      'PSF Lens: OpenAI Codex, 1 Gap · 7 nicht erfasst',
      'PSF Lens\u00a0: OpenAI Codex, 1 Gap · 7 non saisies',
    ],
    [
      'none captured',
      assessed(none),
      'PSF Lens: OpenAI Codex, Einstufungen nicht erfasst',
      'PSF Lens\u00a0: OpenAI Codex, notes non saisies',
    ],
    [
      'several products',
      { kind: 'several', names: ['A', 'B'] },
      'PSF Lens: 2 bewertete Produkte hier: A, B',
      'PSF Lens\u00a0: 2 produits évalués ici\u00a0: A, B',
    ],
    [
      'not assessed',
      { kind: 'not-assessed', productName: 'New Agent' },
      'PSF Lens: New Agent hat noch keine PSF-Bewertung',
      'PSF Lens\u00a0: New Agent n’a pas encore d’évaluation PSF',
    ],
  ])('%s', (_what, state, de, fr) => {
    expect(toolbarLook(state, DE).title).toBe(de);
    expect(toolbarLook(state, FR).title).toBe(fr);
  });
});

describe('colour never carries a verdict', () => {
  const states: [string, ToolbarState][] = [
    ['complete', assessed(complete)],
    ['all Gap', assessed(allGaps)],
    ['source counts', assessed(sourceCounts)],
    ['partial', assessed(partial)],
    ['none captured', assessed(none)],
    ['several', { kind: 'several', names: ['A', 'B'] }],
    ['not assessed', { kind: 'not-assessed', productName: 'X' }],
    ['nothing', { kind: 'none' }],
  ];

  /** Red-ish: the red channel clearly dominates green and blue. */
  function isReddish(hex: string): boolean {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
    if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
    const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x ?? '0', 16)) as [number, number, number];
    return r > 150 && r > g * 1.5 && r > b * 1.5;
  }

  test('the reddish test itself spots red', () => {
    expect(isReddish('#b3261e')).toBe(true);
    expect(isReddish('#d93025')).toBe(true);
    expect(isReddish(TOOLBAR_COLORS.assessed)).toBe(false);
  });

  test.each(states)('%s is never red', (_what, state) => {
    expect(isReddish(toolbarLook(state, EN).color)).toBe(false);
  });

  test.each(states.filter(([what]) => ['none captured', 'not assessed', 'nothing'].includes(what)))(
    '%s is neutral grey',
    (_what, state) => {
      expect(toolbarLook(state, EN).color).toBe(TOOLBAR_COLORS.neutral);
    },
  );

  test('an assessment with gaps looks the same as one without: the title carries the counts, not the colour', () => {
    expect(toolbarLook(assessed(allGaps), EN).color).toBe(
      toolbarLook(assessed({ kind: 'complete', counts: { Strong: 8, Partial: 0, Gap: 0 } }), EN).color,
    );
  });

  test('the neutral and assessed colours differ, so "not captured" is not shown as assessed', () => {
    expect(TOOLBAR_COLORS.neutral).not.toBe(TOOLBAR_COLORS.assessed);
  });
});
