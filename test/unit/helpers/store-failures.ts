/** The ways storing a dataset fails in a browser, each with the problem PSF Lens records for it. */
export const STORE_FAILURES = [
  [
    'the browser has no room left',
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    { code: 'storage-full' },
  ],
  [
    'a transaction is aborted',
    new DOMException('The transaction was aborted.', 'AbortError'),
    { code: 'not-stored', detail: 'The transaction was aborted.' },
  ],
] as const;
