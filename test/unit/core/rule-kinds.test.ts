/**
 * Every kind of match rule on a synthetic table of its own: the URLs each kind must claim, and the look-alikes
 * it must not. All kinds are compiled into one index, so every URL is also a cross-negative for every other
 * kind; a failure names the rule that claimed the URL, which is the rule to fix.
 */
import { describe, expect, test } from 'vitest';
import { compileIndex, detect, detectAll, ruleLabel } from '../../../src/core/detect.ts';
import type { ExcludeRule, MatchRule, Product } from '../../../src/core/model.ts';

interface Kind {
  id: string;
  match: MatchRule[];
  exclude?: ExcludeRule[];
  /** URLs this kind's product must be found on. */
  yes: string[];
  /** Look-alikes it must not claim. */
  no: string[];
}

const KINDS: Kind[] = [
  {
    id: 'whole-host',
    match: [{ host: 'vendor.example' }],
    yes: ['https://vendor.example/', 'https://www.vendor.example/pricing', 'https://VENDOR.EXAMPLE/Docs?x=1#y'],
    no: ['https://vendor.example.evil.test/', 'https://notvendor.example/', 'https://docs.vendor.example/'],
  },
  {
    id: 'path-prefix',
    match: [{ host: 'code.example', path: '/acme/engine' }],
    yes: [
      'https://code.example/acme/engine',
      'https://code.example/ACME/Engine/issues/7',
      'https://code.example/acme/engine/',
    ],
    no: ['https://code.example/acme/engines', 'https://code.example/acme/engine-ui', 'https://code.example/acme'],
  },
  {
    id: 'exact-home',
    match: [{ host: 'home.example', path: '/', exact: true }],
    yes: ['https://home.example/', 'https://www.home.example/?ref=ad'],
    no: ['https://home.example/careers', 'https://home.example/news/launch'],
  },
  {
    id: 'locale',
    match: [{ host: 'docs.cloud.example', path: '/guide/agents' }],
    yes: [
      'https://docs.cloud.example/de_de/guide/agents/setup',
      'https://docs.cloud.example/us_en/guide/agents',
      'https://docs.cloud.example/ja-JP/guide/agents',
      'https://docs.cloud.example/guide/zh-Hans/agents',
      'https://docs.cloud.example/es-419/guide/agents',
    ],
    no: [
      'https://docs.cloud.example/guide/agentic',
      'https://docs.cloud.example/deutsch/guide/agents',
      'https://docs.cloud.example/guide/v2/agents',
    ],
  },
  {
    id: 'doc-ending',
    match: [{ host: 'manual.example', path: '/userguide/agents.html' }],
    yes: [
      'https://manual.example/userguide/agents.html',
      'https://manual.example/userguide/agents.md',
      'https://manual.example/userguide/agents',
    ],
    no: ['https://manual.example/userguide/agents.pdf', 'https://manual.example/userguide/agentsx.html'],
  },
  {
    id: 'glob-family',
    match: [
      { host: 'pkgs.example', path: '/package/acme' },
      { host: 'pkgs.example', path: '/package/acme-*' },
    ],
    yes: [
      'https://pkgs.example/package/acme',
      'https://pkgs.example/package/acme-core/1.2.0',
      'https://pkgs.example/package/acme-cli',
    ],
    no: [
      'https://pkgs.example/package/acmex',
      'https://pkgs.example/package/notacme-core',
      'https://pkgs.example/package/acme4j',
    ],
  },
  {
    id: 'pypi-folding',
    match: [{ host: 'pypi.org', path: '/project/llama-kit' }],
    yes: [
      'https://pypi.org/project/Llama_Kit/',
      'https://pypi.org/project/llama.kit/#history',
      'https://pypi.org/p/llama-kit',
    ],
    no: ['https://pypi.org/project/llama-kits/', 'https://pypi.org/project/llamakit/'],
  },
  {
    id: 'exclusion',
    match: [{ host: 'reg.example', path: '/package/tool-*' }],
    exclude: [{ host: 'reg.example', path: '/package/tool-third-party' }],
    yes: ['https://reg.example/package/tool-core', 'https://reg.example/package/tool-cli/v/2.0.0'],
    no: ['https://reg.example/package/tool-third-party', 'https://reg.example/package/tool-third-party/v/1.0.0'],
  },
  {
    id: 'api-reference',
    match: [{ host: 'sdk.example', path: '/reference/*/client/agent-runtime' }],
    yes: [
      'https://sdk.example/reference/v3/client/agent-runtime',
      'https://sdk.example/reference/latest/client/agent-runtime/invoke',
    ],
    no: [
      'https://sdk.example/reference/v3/client/agent-runtime-core',
      'https://sdk.example/reference/client/agent-runtime',
    ],
  },
];

const products: Product[] = KINDS.map((k) => ({
  id: k.id,
  name: k.id,
  vendor: 'V',
  category: 'c',
  homepage: 'https://x.example/',
  match: k.match,
  ...(k.exclude ? { exclude: k.exclude } : {}),
}));
// Compiled afresh in each test, so compiling is part of what every case checks (mutation testing counts only the
// code a test itself runs).
const index = () => compileIndex(products);

/** The rule of `productId` that claims `url`, for the failure message. */
function claimingRule(productId: string, url: string): string {
  const product = products.find((p) => p.id === productId);
  const rule = product?.match.find((r) => detect(compileIndex([{ id: productId, match: [r] }]), url).kind === 'match');
  return rule ? ruleLabel(rule) : '(see the detection reason)';
}

describe.each(KINDS.map((k) => [k.id, k] as const))('%s', (id, kind) => {
  test.each(kind.yes.map((u) => [u]))('claims %s', (url) => {
    const found = detect(index(), url);
    expect(found.kind === 'match' ? found.productId : found.reason, `extend the rules of ${id}`).toBe(id);
  });

  const others = KINDS.filter((k) => k.id !== id).flatMap((k) => k.yes);
  test.each([...kind.no, ...others].map((u) => [u]))('does not claim %s', (url) => {
    const found = detect(index(), url);
    const claimed = found.kind === 'match' && found.productId === id;
    expect(claimed, `${url}: fix the rule "${claimingRule(id, url)}" of ${id}`).toBe(false);
  });
});

describe('page signals', () => {
  const signalled = compileIndex([
    { id: 'vendor-model', match: [{ host: 'maker.example', path: '/models/big', signals: ['Big 2'] }] },
    { id: 'forge-model', match: [{ host: 'github.com', path: '/maker/big', signals: ['Big 2'] }] },
  ]);

  test('on a vendor’s own host, a rule that asks for words matches only when the page names them', () => {
    expect(detect(signalled, 'https://maker.example/models/big', () => ({ title: 'Big 2 | Maker' }))).toMatchObject({
      productId: 'vendor-model',
      via: 'signals',
    });
    expect(detect(signalled, 'https://maker.example/models/big', () => ({ title: 'Big 3 | Maker' })).kind).toBe(
      'no-match',
    );
  });

  test('on a shared host the page’s words are never read, so such a rule never matches (the schema refuses it)', () => {
    let read = 0;
    const found = detect(signalled, 'https://github.com/maker/big', () => (read++, { title: 'Big 2' }));
    expect(found.kind).toBe('no-match');
    expect(read, 'page signals read on a shared host').toBe(0);
  });
});

describe('a page several products share opens on the one with the most captured ratings', () => {
  const shared = [
    { id: 'a-unrated', match: [{ host: 'lab.example', path: '/', exact: true }] },
    { id: 'b-rated', match: [{ host: 'lab.example', path: '/', exact: true }] },
    { id: 'c-half', match: [{ host: 'lab.example', path: '/', exact: true }] },
  ];
  const assessments = [
    {
      id: 'x',
      productId: 'b-rated',
      published: '2026-01',
      ratings: { D1: 'Gap', D2: 'Strong', D3: 'Partial' } as const,
    },
    { id: 'y', productId: 'c-half', published: '2026-01', ratings: { D1: 'Gap' } as const },
  ];

  test.each([shared, [...shared].reverse()])('in any dataset order', (...order) => {
    const found = detectAll(compileIndex(order, assessments), 'https://lab.example/');
    expect(Array.isArray(found) && found.map((m) => m.productId)).toEqual(['b-rated', 'c-half', 'a-unrated']);
  });

  test('without ratings, by id', () => {
    const found = detectAll(compileIndex([...shared].reverse()), 'https://lab.example/');
    expect(Array.isArray(found) && found.map((m) => m.productId)).toEqual(['a-unrated', 'b-rated', 'c-half']);
  });
});
