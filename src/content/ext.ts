/**
 * The few extension APIs the content script calls, typed here, without webextension-polyfill (which would be
 * over half of the script's bytes on every vendor page). `chrome`, in both browsers: under Manifest V3 Chromium's
 * APIs return promises, and so does Firefox's `chrome` namespace (checked end to end in Firefox ESR). Not
 * `browser`: in Chromium it is no API at all, and a page element with id="browser" would show through named
 * access on window (in an isolated world too) where a script looked for it.
 */
export interface StorageChange {
  newValue?: unknown;
}
export type ChangeListener = (changes: Record<string, StorageChange>, area: string) => void;

export interface Ext {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
  };
}

export const ext = (globalThis as unknown as { chrome: Ext }).chrome;
