// The content script on the organisation's own products' sites: registered for exactly the granted patterns,
// updated as grants and assessments change, and removed when nothing is granted or nothing is left to show.
import { expect, test } from 'vitest';
import {
  ORG_SCRIPT_ID,
  syncOrgScripts,
  wantedPatterns,
  type RegisteredScript,
} from '../../../src/background/org-sites.ts';
import { publishRecords, type RecordStore } from '../../../src/background/publish.ts';
import { ALL_SITES } from '../../../src/core/match-patterns.ts';
import { draftRecords } from '../../../src/core/org-draft.ts';
import type { HostRecord } from '../../../src/shared/rule-store.ts';
import { acmeDraft } from '../helpers/org.ts';
import { bundled } from '../helpers/dataset.ts';

const ACME = { match: [{ host: 'acme.example' }] };
const BETA = { match: [{ host: 'beta.example', path: '/agent' }] };
const MANIFEST = ['https://openai.com/*'];

test.each([
  ['nothing granted: nothing', [ACME], [], []],
  [
    'granted: exactly its patterns',
    [ACME],
    ['https://acme.example/*', 'https://www.acme.example/*'],
    ['https://acme.example/*', 'https://www.acme.example/*'],
  ],
  ['only the granted one of two products', [ACME, BETA], ['https://beta.example/*'], ['https://beta.example/*']],
  ['a grant for a host no assessment names: nothing', [], ['https://acme.example/*'], []],
  [
    'a pattern the manifest already covers: not twice',
    [{ match: [{ host: 'openai.com' }] }],
    ['https://openai.com/*'],
    [],
  ],
])('%s', (_name, products, granted, want) => {
  expect(wantedPatterns(products, granted, MANIFEST)).toEqual(want);
});

test('a manifest that runs the content script on every https site registers nothing more', () => {
  const granted = ['https://acme.example/*', 'https://www.acme.example/*'];
  expect(wantedPatterns([ACME], granted, MANIFEST)).toEqual(granted);
  expect(wantedPatterns([ACME], granted, [ALL_SITES])).toEqual([]);
  // As a built manifest writes it.
  expect(wantedPatterns([ACME], granted, ['https://*/*'])).toEqual([]);
});

function fakeScripting() {
  const scripts = new Map<string, RegisteredScript>();
  const calls: string[] = [];
  return {
    scripts,
    calls,
    api: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => scripts.get(id) ?? []),
      registerContentScripts: async (list: RegisteredScript[]) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
        calls.push('register');
      },
      updateContentScripts: async (list: RegisteredScript[]) => {
        for (const s of list) scripts.set(s.id, s);
        calls.push('update');
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) scripts.delete(id);
        calls.push('unregister');
      },
    },
  };
}

test('register on a grant, update on a change, unregister on revoke or delete; the manifest’s script is copied', async () => {
  const scripting = fakeScripting();
  let products = [ACME];
  let granted: string[] = [];
  const sync = () =>
    syncOrgScripts({
      products: async () => products,
      granted: async () => granted,
      script: { js: 'assets/content.js', runAt: 'document_start', matches: MANIFEST },
      scripting: scripting.api,
    });
  expect(await sync()).toEqual([]);
  expect(scripting.calls).toEqual([]);
  granted = ['https://acme.example/*'];
  await sync();
  expect(scripting.scripts.get(ORG_SCRIPT_ID)).toEqual({
    id: ORG_SCRIPT_ID,
    matches: ['https://acme.example/*'],
    js: ['assets/content.js'],
    runAt: 'document_start',
    persistAcrossSessions: true,
  });
  await sync(); // nothing changed: nothing done
  products = [ACME, BETA];
  granted = [...granted, 'https://beta.example/*'];
  await sync();
  expect(scripting.scripts.get(ORG_SCRIPT_ID)?.matches).toEqual(['https://acme.example/*', 'https://beta.example/*']);
  granted = ['https://beta.example/*']; // the user revoked acme.example
  await sync();
  expect(scripting.scripts.get(ORG_SCRIPT_ID)?.matches).toEqual(['https://beta.example/*']);
  products = [ACME]; // the beta assessment was deleted
  await sync();
  expect(scripting.scripts.has(ORG_SCRIPT_ID)).toBe(false);
  expect(scripting.calls).toEqual(['register', 'update', 'update', 'unregister']);
});

test('no content script in the manifest (a test browser): nothing is registered', async () => {
  const scripting = fakeScripting();
  const matches = await syncOrgScripts({
    products: async () => [ACME],
    granted: async () => ['https://acme.example/*'],
    script: null,
    scripting: scripting.api,
  });
  expect(matches).toEqual([]);
  expect(scripting.calls).toEqual([]);
});

test('the organisation’s own products are published beside PAI’s, labelled as the organisation’s; PAI’s keep theirs', async () => {
  const items = new Map<string, unknown>();
  const store: RecordStore = {
    get: async () => Object.fromEntries(items),
    set: async (entries) => {
      for (const [k, v] of Object.entries(entries)) items.set(k, v);
    },
    remove: async (keys) => {
      for (const k of keys) items.delete(k);
    },
  };
  const d = bundled();
  const draft = acmeDraft({ D3: 'Gap' });
  const own = draftRecords(draft);
  const langchain = {
    ...own.assessment,
    id: 'ours-langchain',
    productId: 'langchain',
    ratings: { D1: 'Strong' as const },
  };
  await publishRecords(
    store,
    { version: d.version, products: d.products, assessments: d.assessments },
    {
      products: [own.product, d.products.find((p) => p.id === 'langchain')!],
      assessments: [own.assessment, langchain],
    },
  );
  const acme = items.get('rules:acme.example') as HostRecord;
  expect(acme.products['acme-agent']?.line).toEqual(['own', 'rated1', '1 Gap']);
  const pai = items.get('rules:langchain.com') as HostRecord;
  expect(pai.products.langchain?.line[0]).not.toBe('own');
});
