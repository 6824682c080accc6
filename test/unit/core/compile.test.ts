// What compiling a dataset's match rules publishes: one record per host, in the shape the content script and the
// record parts read (RECORD_VERSION), and the labels a person reads in detection's reasons.
import { describe, expect, test } from 'vitest';
import { compileRecords, recordRules, ruleLabel } from '../../../src/core/compile.ts';
import { RECORD_VERSION } from '../../../src/core/host-rules.ts';
import type { Assessment } from '../../../src/core/model.ts';

describe('ruleLabel: where a rule applies, as a person reads it', () => {
  test.each([
    [{ host: 'www.Vendor.example', path: '/codex' }, '/codex on vendor.example'],
    [{ host: 'vendor.example' }, 'vendor.example (whole site)'],
    [{ host: 'vendor.example', path: '/' }, 'vendor.example (whole site)'],
    [{ host: 'vendor.example', path: '/', exact: true }, 'the home page of vendor.example'],
    [{ host: 'vendor.example', exact: true }, 'the home page of vendor.example'],
    [{ host: 'vendor.example', path: '/pricing', exact: true }, 'the page /pricing on vendor.example'],
  ])('%o reads “%s”', (rule, label) => {
    expect(ruleLabel(rule)).toBe(label);
  });
});

type Rated = Pick<Assessment, 'id' | 'productId' | 'published' | 'ratings'>;

describe('compileRecords', () => {
  test('one record per bare host, each rule placed at its segments with its specificity, label and flags', () => {
    const records = compileRecords([
      {
        id: 'acme',
        match: [
          { host: 'www.vendor.example', path: '/Acme/Agent.html' },
          { host: 'vendor.example', exact: true },
          { host: 'vendor.example', path: '/models', signals: ['Acme One'] },
        ],
        exclude: [{ host: 'vendor.example', path: '/acme/agent/legacy' }],
      },
    ]);
    expect([...records.keys()]).toEqual(['vendor.example']);
    const record = records.get('vendor.example');
    expect(record).toMatchObject({ v: RECORD_VERSION, host: 'vendor.example', shared: false, rank: { acme: 0 } });
    expect(recordRules(record!.root)).toEqual([
      { segments: [], rule: { p: 'acme', k: 3, l: 'the home page of vendor.example', e: 1 } },
      { segments: ['acme', 'agent'], rule: { p: 'acme', k: 25, l: '/Acme/Agent.html on vendor.example' } },
      {
        segments: ['acme', 'agent', 'legacy'],
        rule: { p: 'acme', k: 0, l: 'not /acme/agent/legacy on vendor.example', x: 1 },
      },
      { segments: ['models'], rule: { p: 'acme', k: 12, l: '/models on vendor.example', s: ['Acme One'] } },
    ]);
  });

  test('a glob segment is stored as its pattern, once however many rules share it; a literal one as itself', () => {
    const records = compileRecords([
      { id: 'a', match: [{ host: 'pkgs.example', path: '/p/acme-*' }] },
      { id: 'b', match: [{ host: 'pkgs.example', path: '/p/acme-*/docs' }] },
      { id: 'c', match: [{ host: 'pkgs.example', path: '/p/a.b' }] },
    ]);
    const root = records.get('pkgs.example')!.root;
    expect(root.c?.p?.g?.map(([pattern]) => pattern)).toEqual(['^acme-.*$']);
    expect(Object.keys(root.c?.p?.c ?? {})).toEqual(['a.b']);
    expect(recordRules(root).map(({ segments, rule }) => [rule.p, segments.join('/')])).toEqual([
      ['c', 'p/a.b'],
      ['a', 'p/^acme-.*$'],
      ['b', 'p/^acme-.*$/docs'],
    ]);
  });

  test('a shared host is marked so: the page’s words are never read there', () => {
    const records = compileRecords([{ id: 'kit', match: [{ host: 'github.com', path: '/acme/kit' }] }]);
    expect(records.get('github.com')?.shared).toBe(true);
  });

  test('each product ranks by the ratings captured in its latest assessment; an unassessed one by 0', () => {
    const assessments: Rated[] = [
      { id: 'a-old', productId: 'a', published: '2025-01', ratings: { D1: 'Gap' } },
      { id: 'a-new', productId: 'a', published: '2026-01', ratings: { D1: 'Strong', D2: 'Gap', D3: 'Partial' } },
      { id: 'b-1', productId: 'b', published: '2026-01', ratings: { D4: 'Gap' } },
    ];
    const products = ['a', 'b', 'c'].map((id) => ({ id, match: [{ host: 'vendor.example', path: `/${id}` }] }));
    expect(compileRecords(products, assessments).get('vendor.example')?.rank).toEqual({ a: 3, b: 1, c: 0 });
    expect(compileRecords(products).get('vendor.example')?.rank).toEqual({ a: 0, b: 0, c: 0 });
  });
});
