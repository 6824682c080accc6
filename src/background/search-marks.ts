/**
 * Search result marks run only while the user wants them and has granted the search engines' hosts: then one
 * content script is registered for the engines' result pages; otherwise it is unregistered, and nothing of PSF
 * Lens runs on a search page. Called when the browser starts, when PSF Lens is installed or updated, when the
 * settings change and when a permission is granted or withdrawn (in the browser's own settings too).
 */
import { searchResultPatterns } from '../core/search-links.ts';
import type { Registrations, SyncResult } from './registration.ts';

export const SEARCH_MARKS_ID = 'psf-lens-search-marks';

export interface SearchMarksDeps {
  /** The user's setting (off by default). */
  wanted(): Promise<boolean>;
  /** Whether every search engine host the setting asks for is granted. */
  hasAccess(): Promise<boolean>;
  registrations: Registrations;
  /** The marking script's file in this build. */
  file: string;
}

export function searchMarks(deps: SearchMarksDeps): { reconcile(): Promise<SyncResult> } {
  return {
    async reconcile() {
      const on = (await deps.wanted()) && (await deps.hasAccess());
      return deps.registrations.sync(
        SEARCH_MARKS_ID,
        on ? { id: SEARCH_MARKS_ID, js: [deps.file], matches: searchResultPatterns(), runAt: 'document_idle' } : null,
      );
    },
  };
}
