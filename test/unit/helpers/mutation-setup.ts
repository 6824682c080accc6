/**
 * The mutation run's setup: the language (./locale.ts) for every test, and Testing Library's longer waits (see
 * ./setup.ts) only where a test has a DOM, so that the many tests without one start as fast as before.
 */
import './locale.ts';

if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 5000 });
}
