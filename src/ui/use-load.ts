/**
 * The one loading pattern of PSF Lens's pages: loading, then the value or an error said as a sentence. Only the
 * latest request's answer is shown: a slow earlier answer is dropped. (One that arrives after the page is gone
 * goes nowhere: Preact sets no state of a component that has unmounted.)
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../shared/error-text.ts';

export type Load<T> = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; value: T };

export interface Loader<T> {
  state: Load<T>;
  /** Shows loading and asks again (a "Try again" button). */
  retry(): void;
  /** Asks again and keeps what is shown until the answer comes (after the page changed the data). */
  refresh(): void;
  /** Shows a value the page already has (the answer to a save). */
  set(value: T): void;
  /** Changes the value shown, if there is one. */
  update(change: (value: T) => T): void;
}

/** Calls `load` on mount and whenever `deps` change. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loader<T> {
  const [state, setState] = useState<Load<T>>({ kind: 'loading' });
  const latest = useRef(0);
  const run = (showLoading: boolean) => {
    const call = ++latest.current;
    if (showLoading) setState({ kind: 'loading' });
    load().then(
      (value) => call === latest.current && setState({ kind: 'ready', value }),
      (error: unknown) => call === latest.current && setState({ kind: 'error', message: errorText(error) }),
    );
  };
  useEffect(() => run(true), deps);
  return {
    state,
    retry: () => run(true),
    refresh: () => run(false),
    set: (value) => {
      ++latest.current;
      setState({ kind: 'ready', value });
    },
    update: (change) =>
      setState((shown) => (shown.kind === 'ready' ? { kind: 'ready', value: change(shown.value) } : shown)),
  };
}
