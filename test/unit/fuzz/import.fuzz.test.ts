// The organisation import under fuzzing, through the same gate a message from the workspace passes (the router):
// any message, any file text, valid files broken on purpose. It never throws; a refused file changes nothing in
// the database (every store, record by record), and an accepted one is stored as a dataset the rules accept
// and the independent reading of them (oracle.ts) finds nothing wrong with.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, expect, test } from 'vitest';
import type { Db } from '../../../src/background/db.ts';
import { deleteOrgDataset, readOrgDatasets } from '../../../src/background/db-org.ts';
import { route, type Self } from '../../../src/background/router.ts';
import { validateDataset } from '../../../src/core/schema.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';
import { runs, TIMEOUT_MS } from './fuzz-runs.ts';
import { editedText, mutatedDataset, trickyString } from './mutations.ts';
import { breaches } from './oracle.ts';

const SELF: Self = { id: 'psflensid', origin: 'chrome-extension://psflensid/' };
const WORKSPACE = { id: SELF.id, url: `${SELF.origin}src/options/index.html#/organisation` };
const background = testBackground();

/** Every record of every store, keys included: what "nothing changed" means. */
async function snapshot(db: Db): Promise<string> {
  const stores = [...db.objectStoreNames].sort();
  const tx = db.transaction(stores, 'readonly');
  const out = await Promise.all(
    stores.map(async (name) => [name, await tx.objectStore(name).getAllKeys(), await tx.objectStore(name).getAll()]),
  );
  return JSON.stringify(out);
}

beforeAll(async () => {
  await background.keeper.ensure();
  const own = bundled();
  own.version = '2026.11.01';
  const first = await route(
    background.handlers,
    { type: 'org-import', name: 'Acme.json', text: JSON.stringify(own) },
    WORKSPACE,
    SELF,
  );
  expect(first).toMatchObject({ ok: true, value: { kind: 'imported' } });
});

const text = fc.oneof(
  { weight: 4, arbitrary: mutatedDataset.map((d) => JSON.stringify(d)) },
  editedText,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json(),
);
const message = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        type: fc.constant('org-import'),
        name: fc.oneof(trickyString, fc.string()),
        text,
        replaces: fc.oneof(fc.constant('acme'), trickyString),
      },
      { requiredKeys: ['type', 'name', 'text'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }))
      .map((fields) => ({ ...fields, type: 'org-import' })),
  },
);

test(
  'a refused import changes nothing; an accepted one stores a dataset the rules accept',
  async () => {
    const db = await background.db();
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        const before = await snapshot(db);
        const envelope = await route(background.handlers, m, WORKSPACE, SELF);
        const imported = envelope.ok && (envelope.value as { kind: string }).kind === 'imported';
        if (!imported) {
          expect(await snapshot(db)).toBe(before);
          return;
        }
        const { id } = envelope.value as { id: string };
        const stored = (await readOrgDatasets(db)).find((d) => d.id === id);
        const checked = validateDataset(stored?.dataset);
        expect(checked.kind).toBe('valid');
        if (checked.kind === 'valid') expect(breaches(checked.dataset)).toEqual([]);
        await deleteOrgDataset(db, id);
      }),
      runs(150, 10_000),
    );
  },
  TIMEOUT_MS,
);
