/**
 * An in-memory browser for the background's wiring: every `on*` event records its listeners and when they were
 * added, storage areas keep what is set, and every other call is recorded and answers nothing. Registration is
 * "at start" when it happens in the same synchronous run as the first use of the browser: a listener added after
 * any await (inside another listener, after a read) is late, and a stopped service worker would never hear it.
 */
import { DATASET_TEXT } from './dataset.ts';
import { localeCatalog } from './setup.ts';

type Listener = (...args: unknown[]) => unknown;

export interface FakeEvent {
  listeners: Listener[];
  /** How many listeners were added after start-up. */
  late: number;
  fire(...args: unknown[]): Promise<unknown[]>;
}

export const EXTENSION_ID = 'psflensid';
export const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

function memoryArea() {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys?: string | string[] | null) {
      const wanted = keys === null || keys === undefined ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

/** Dynamically registered content scripts, by id, as the browser keeps them. */
function memoryScripting() {
  const registered = new Map<string, { id: string }>();
  return {
    registered,
    async getRegisteredContentScripts(filter?: { ids?: string[] }) {
      return [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)).map((s) => ({ ...s }));
    },
    async registerContentScripts(scripts: { id: string }[]) {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, structuredClone(script));
      }
    },
    async updateContentScripts(scripts: { id: string }[]) {
      for (const script of scripts) {
        const current = registered.get(script.id);
        if (!current) throw new Error(`No script with ID '${script.id}'`);
        registered.set(script.id, { ...current, ...structuredClone(script) });
      }
    },
    async unregisterContentScripts(filter?: { ids?: string[] }) {
      for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
    },
  };
}

/**
 * `manifest`: what runtime.getManifest() answers, by default a build without content scripts; `overrides`: other
 * members by path (such as 'storage.managed'), in place of the defaults below.
 */
export function fakeBrowser(
  manifest: Record<string, unknown> = { version: '0.0.0-test', content_scripts: [] },
  overrides: Record<string, unknown> = {},
) {
  const events = new Map<string, FakeEvent>();
  const calls: { path: string; args: unknown[] }[] = [];
  let startupOver = false;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    queueMicrotask(() => void (startupOver = true));
  };

  const event = (path: string): FakeEvent => {
    let found = events.get(path);
    if (!found) {
      const listeners: Listener[] = [];
      const made: FakeEvent = {
        listeners,
        late: 0,
        fire: (...args) => Promise.all(listeners.map((l) => l(...args))),
      };
      found = made;
      events.set(path, made);
    }
    return found;
  };

  const local = memoryArea();
  const session = memoryArea();
  const scripting = memoryScripting();
  /** Optional host permissions the user granted. */
  const granted = new Set<string>();
  const fixed: Record<string, unknown> = {
    'scripting.getRegisteredContentScripts': scripting.getRegisteredContentScripts,
    'scripting.registerContentScripts': scripting.registerContentScripts,
    'scripting.updateContentScripts': scripting.updateContentScripts,
    'scripting.unregisterContentScripts': scripting.unregisterContentScripts,
    'permissions.contains': async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    'permissions.getAll': async () => ({ origins: [...granted], permissions: [] }),
    // No tab open: PSF Lens's install finds none to show its badge in.
    'tabs.query': async () => [],
    'runtime.id': EXTENSION_ID,
    'runtime.getURL': (path: string) => `${ORIGIN}${path}`,
    'runtime.getManifest': () => structuredClone(manifest),
    'i18n.getUILanguage': () => 'en-US',
    // The browser's own catalog for its language (en-US): PSF Lens's English one.
    'i18n.getMessage': (key: string) => localeCatalog('en')[key]?.message ?? '',
    'storage.local': local,
    'storage.session': session,
    // No policy: Chromium's managed storage throws where none is set.
    'storage.managed': { get: async () => Promise.reject(new Error('Managed storage manifest not found')) },
    ...overrides,
  };

  function node(path: string): unknown {
    return new Proxy(() => {}, {
      get(_target, prop) {
        if (typeof prop === 'symbol' || prop === 'then') return undefined;
        start();
        const key = path ? `${path}.${prop}` : prop;
        if (key in fixed) return fixed[key];
        if (/^on[A-Z]/.test(prop)) {
          const ev = event(key);
          return {
            addListener: (listener: Listener) => {
              ev.listeners.push(listener);
              if (startupOver) ev.late++;
            },
            removeListener: (listener: Listener) => void ev.listeners.splice(ev.listeners.indexOf(listener), 1),
            hasListener: (listener: Listener) => ev.listeners.includes(listener),
          };
        }
        return node(key);
      },
      apply(_target, _this, args: unknown[]) {
        calls.push({ path, args });
        return Promise.resolve(undefined);
      },
    });
  }

  return {
    browser: node(''),
    events,
    calls,
    local,
    session,
    scripting,
    granted,
    /** The bundled dataset and the language catalogs, where the background fetches them from its own package. */
    fetch: async (url: string) => {
      if (url === `${ORIGIN}data/psf-dataset.json`) return new Response(DATASET_TEXT);
      const locale = url.startsWith(ORIGIN) ? /^_locales\/(\w+)\/messages\.json$/.exec(url.slice(ORIGIN.length)) : null;
      return locale?.[1] ? Response.json(localeCatalog(locale[1])) : new Response('', { status: 404 });
    },
  };
}
