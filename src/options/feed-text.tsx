/**
 * A feed's last result in the page's language: the background records it as a code and its values (see
 * shared/feed-status.ts), never as English. The dataset rules' first problem is recorded in the rules' English (as
 * every PSF Lens has recorded it) and said in the page's language (datasetProblemText); the words the browser or a
 * library gave (a network error, the crypto library's) are shown as they are, marked English.
 */
import type { ComponentChild } from 'preact';
import type { BundleProblem, FeedNote, FeedProblem } from '../shared/feed-status.ts';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';
import { datasetProblemText } from './dataset-problem-text.ts';

/** A sentence set inside one of ours, which ends it: without its own full stop ("aborted.." otherwise). */
const inside = (text: string) => text.trim().replace(/(?<!\.)\.$/, '');
const asGiven = (detail: string) => <span lang="en">{inside(detail)}</span>;

/** The first problem the dataset rules found, in the page's language where a code names it. */
function firstProblem(detail: string): ComponentChild {
  const problem = datasetProblemText(detail);
  return problem.english ? asGiven(problem.text) : inside(problem.text);
}
const bytes = (n: number) => n.toLocaleString(t.locale);

/** Why the installed dataset was kept. */
function problemText(problem: FeedProblem): ComponentChild {
  switch (problem.code) {
    case 'not-url':
      return t('settings_feedNotUrl');
    case 'not-https':
      return t('settings_feedNotHttps');
    case 'http':
      return t('settings_feedHttp', { status: problem.status });
    case 'no-signature':
      return t('settings_feedNoSignature', { url: problem.url, status: problem.status });
    case 'feed-over-cap':
      return t('settings_feedOverCap', { max: bytes(problem.max) });
    case 'signature-over-cap':
      return t('settings_feedSignatureOverCap', { max: bytes(problem.max) });
    case 'feed-truncated':
      return t('settings_feedTruncated', { size: bytes(problem.size), declared: bytes(problem.declared) });
    case 'signature-truncated':
      return t('settings_feedSignatureTruncated', { size: bytes(problem.size), declared: bytes(problem.declared) });
    case 'key-format':
      return t('settings_feedKeyFormat');
    case 'signature-format':
      return t('settings_feedSignatureFormat');
    case 'key-unusable':
      return rich(t('settings_feedKeyUnusable'), { detail: asGiven(problem.detail) });
    case 'no-ed25519':
      return t('settings_feedNoEd25519');
    case 'mismatch':
      return t('settings_feedMismatch');
    case 'rules':
      return rich(t.plural('settings_feedRules', problem.count, { path: problem.path }), {
        detail: firstProblem(problem.detail),
      });
    case 'rollback':
      return t('settings_feedRollback', { version: problem.version, installed: problem.installed });
    case 'timeout':
      return t('settings_feedTimeout', { seconds: problem.seconds.toLocaleString(t.locale) });
    case 'connection':
      return t('settings_feedConnection');
    case 'unreadable':
      return rich(t('settings_feedUnreadable'), { detail: asGiven(problem.detail) });
    case 'storage-full':
      return t('settings_feedStorageFull');
    case 'not-stored':
      return rich(t('settings_feedNotStored'), { detail: asGiven(problem.detail) });
  }
}

/** What a feed's last attempt found. */
export function noteText(note: FeedNote): ComponentChild {
  switch (note.code) {
    case 'off':
      return t('settings_feedOff');
    case 'team-off':
      return t('settings_feedTeamOff');
    case 'no-key':
      return t('settings_feedNoKey');
    case 'updated':
      return t('settings_feedUpdated', { version: note.version });
    case 'up-to-date':
      return t('settings_feedUpToDate', { version: note.version });
    case 'behind':
      return t('settings_feedBehind', { version: note.version, installed: note.installed });
    case 'kept':
      return rich(t('settings_feedKept', { version: note.version }), { problem: problemText(note.problem) });
  }
}

/** The dataset an update of PSF Lens brought that could not be stored: its version, the one kept, and why. */
export function bundleText({ version, kept, problem }: BundleProblem): ComponentChild {
  return problem.code === 'storage-full'
    ? t('settings_bundleFull', { version, kept })
    : rich(t('settings_bundleNotStored', { version, kept }), { detail: asGiven(problem.detail) });
}
