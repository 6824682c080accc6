/** Where the build puts the scripts PSF Lens registers at run time (vite.config.ts writes them there). */
export const SEARCH_SCRIPT_FILE = 'src/search/search.js';
