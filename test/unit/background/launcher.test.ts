// The popup off a rated page: the products to search and the recently viewed ones, which only product ids record.
import { describe, expect, test } from 'vitest';
import { RECENT_LIMIT, remember } from '../../../src/background/handlers/launcher.ts';
import { bundled } from '../helpers/dataset.ts';
import { memoryList, testBackground } from '../helpers/deps.ts';

describe('launcher', () => {
  test('lists every product by name, with its vendor, and the data it comes from', async () => {
    const { handlers } = testBackground();
    const view = await handlers.launcher({ type: 'launcher' }, { from: 'ui' });
    if (view.kind !== 'launcher') throw new Error(view.reason);
    const names = view.products.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(view.products.find((p) => p.id === 'langchain')).toEqual({
      id: 'langchain',
      name: 'LangChain / LangGraph',
      vendor: 'LangChain',
    });
    expect(view.dataset.source).toBe('bundled');
    expect(view.recent).toEqual([]);
  });

  test('sorted by name, not by id: a product whose id sorts last but whose name sorts first leads', async () => {
    const dataset = bundled();
    const first = dataset.products.find((p) => p.id === 'openai-codex')!;
    first.name = 'Aardvark Agent';
    const { handlers } = testBackground({ bundledText: JSON.stringify(dataset) });
    const view = await handlers.launcher({ type: 'launcher' }, { from: 'ui' });
    if (view.kind !== 'launcher') throw new Error(view.reason);
    expect(view.products[0]).toMatchObject({ id: 'openai-codex', name: 'Aardvark Agent' });
    const names = view.products.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  test('ids the dataset no longer has are left out', async () => {
    const { handlers, deps } = testBackground();
    deps.recent = memoryList(['gone-product', 'crewai']);
    const view = await handlers.launcher({ type: 'launcher' }, { from: 'ui' });
    expect(view.kind === 'launcher' && view.recent).toEqual(['crewai']);
  });
});

describe('remember', () => {
  test('newest first, each id once, at most RECENT_LIMIT', async () => {
    const deps = { recent: memoryList() };
    for (const id of ['a', 'b', 'c', 'a']) await remember(deps, id);
    expect(deps.recent.values).toEqual(['a', 'c', 'b']);
    for (let i = 0; i < 20; i++) await remember(deps, `p${i}`);
    expect(deps.recent.values).toHaveLength(RECENT_LIMIT);
    expect(deps.recent.values[0]).toBe('p19');
  });
});
