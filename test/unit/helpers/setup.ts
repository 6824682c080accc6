/**
 * Component tests wait for the background's answers through fake-indexeddb. Testing Library's default of
 * 1 s for findBy and waitFor is shorter than a busy 2-core machine sometimes needs, which made passing
 * tests fail by the clock; a wrong answer still fails, only later. The language comes from ./locale.ts.
 */
import { configure } from '@testing-library/preact';
import './locale.ts';

export { fakeBrowserI18n, localeCatalog } from './locale.ts';

configure({ asyncUtilTimeout: 5000 });
