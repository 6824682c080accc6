/**
 * The organisation's team feed: a dataset of the organisation's own assessments, fetched and checked exactly as
 * the PSF feed is (feed.ts and feed-runner.ts: https, size cap, Ed25519 signature over the exact bytes, the dataset
 * rules, no rollback), with its own address and key. Its copy lives in its own store: it never writes over what the
 * user wrote here; where the two differ, the workspace shows both.
 */
import type { Settings } from '../shared/settings.ts';
import type { Db } from './db.ts';
import { readOrgFeed, writeOrgFeed } from './db-org.ts';
import type { FeedChoice, FeedTarget } from './feed-runner.ts';

/** A version no published dataset is older than: the first delivery of a feed is always newer. */
// Stryker disable next-line StringLiteral: '' compares as version 0 too (isNewerVersion reads a missing part as 0).
const NONE = '0';

export const ORG_FEED = (s: Settings): FeedChoice => ({
  url: s.orgFeedUrl,
  publicKey: s.orgFeedPublicKey,
  off: { code: 'team-off' },
});

/** `changed` runs after a delivery is stored (what is published for the pages follows the team's view). */
export function orgFeedTarget(db: () => Promise<Db>, changed: () => Promise<void>, now = Date.now): FeedTarget {
  return {
    async ensure(feedUrl) {
      const copy = await readOrgFeed(await db());
      // Another address is another feed: its versions are not comparable with the last one's.
      return { version: copy && copy.url === feedUrl ? copy.dataset.version : NONE };
    },
    async installFeed(dataset, url) {
      await writeOrgFeed(await db(), { key: 'feed', url, loadedAt: now(), dataset });
      await changed();
      return { version: dataset.version };
    },
  };
}
