/**
 * The shapes PSF Lens's messages carry: requests' parts and the replies, each a discriminated union on `kind`.
 * Which message carries which is said once, in the table of `protocol.ts`.
 */
import type { ActionState } from '../core/checklist.ts';
import type { HistoryEntry } from '../core/history.ts';
import type { Assessment, Dataset, Domain, Product } from '../core/model.ts';
import type { FieldIssue } from '../core/org-draft-check.ts';
import type { OrgDraft } from '../core/org-draft.ts';
import type { OrgVersion } from '../core/org-versions.ts';
import type { FileProblem, RefusedRow } from '../core/questionnaire-import.ts';
import type { Answer, Questionnaire } from '../core/questionnaire.ts';
import type { BundleProblem, FeedStatus } from './feed-status.ts';
import type { Settings } from './settings.ts';
import type { Confidence, PageMatch } from '../core/detect.ts';
import type { RuleParts } from '../core/matched-rule.ts';

/** How the content script recognised a page: no sentence, which the popup says in the user's language. */
export interface DetectionInfo {
  confidence: Confidence;
  via: PageMatch['via'];
  /** The phrase the page named, when its rule asked for one. */
  phrase?: string;
}

/** Why the popup's product was recognised: its rule the tab's address fits, when one does, in parts. */
export interface Recognition extends DetectionInfo {
  rule?: RuleParts;
}

/**
 * The background's answer to a content script's report: recorded (the toolbar shows it), or refused because the
 * tab's address cannot be about the products claimed. The badge never waits for it.
 */
export type PageReport = { kind: 'recorded' } | { kind: 'refused'; reason: string };

export interface DatasetInfo {
  version: string;
  published: string;
  /** Shipped with the extension, or fetched from a signed feed. */
  source: 'bundled' | 'feed';
  /** The feed it came from, when `source` is 'feed'. */
  feedUrl?: string;
  loadedAt: number;
  attribution: { publisher: string; url: string; license: string; licenseUrl: string };
}

/** What the popup shows for a tab. */
export type TabView =
  | {
      kind: 'product';
      product: Product;
      /** Other rated products the same page is equally about (a vendor's home page). */
      alternatives: { id: string; name: string }[];
      /** The organisation's own assessments of this product (titles and where they came from), never PAI's. */
      organisation?: { dataset: string; title: string; assessment?: Assessment }[];
      assessment: Assessment | null;
      domains: Domain[];
      detection: Recognition;
      dataset: DatasetInfo;
      site: string;
      siteHidden: boolean;
    }
  /**
   * `unseen`: PSF Lens may not read the tab's address (a browser page, or the site's access for PSF Lens turned
   * off), so it cannot say whether a rated product is there.
   */
  | { kind: 'no-product'; dataset: DatasetInfo | null; unseen?: true }
  | { kind: 'no-dataset'; reason: string };

/** The popup off a rated page: the library's products to search, and the ones viewed lately (ids, newest first). */
export type LauncherView =
  | {
      kind: 'launcher';
      products: { id: string; name: string; vendor: string }[];
      recent: string[];
      dataset: DatasetInfo;
      /** Opened on a tab whose address PSF Lens may not read (see TabView's no-product). */
      unseen?: true;
    }
  | { kind: 'no-dataset'; reason: string };

/** A dataset the user's organisation imported: its own assessments, shown apart from PAI's. */
export interface OrgDatasetView {
  id: string;
  name: string;
  importedAt: number;
  dataset: Dataset;
  /** Set by the organisation's policy: shown, not replaceable or deletable here. */
  managed?: boolean;
  /** The assessments written in PSF Lens: edited one by one, not replaced as a file. */
  written?: boolean;
  /** The organisation's team feed it came from: read-only here. */
  feedUrl?: string;
}

/** A checklist kept of one of the organisation's assessments no longer loaded, by its `ownKey`. */
export interface OwnKept {
  key: string;
  /** How many of its actions hold a state, and when the last was saved. */
  actions: number;
  updatedAt: number;
}

/** Every product with its current assessment, for the workspace, and the organisation's own datasets. */
export type LibraryView =
  | {
      kind: 'library';
      entries: { product: Product; assessment: Assessment | null }[];
      domains: Domain[];
      dataset: DatasetInfo;
      organisation?: OrgDatasetView[];
      /** Products an update removed from the PSF data, as they last read: the user's checklists of them stay. */
      removed?: Product[];
      /** Checklists of the organisation's assessments no longer loaded (their file deleted, or replaced without them). */
      ownKept?: OwnKept[];
    }
  | { kind: 'no-dataset'; reason: string };

/** The answer to an import: stored, or refused with every problem and nothing changed. */
export type ImportResult =
  | {
      kind: 'imported';
      id: string;
      /** The import time it was stored with: an Undo of a replacement puts back only over the import still so. */
      importedAt: number;
      products: number;
      assessments: number;
      /** The import a replacement wrote over, as it was: what its Undo puts back. */
      replaced?: OrgDatasetView;
    }
  | { kind: 'refused'; issues: { path: string; message: string }[] }
  /** Undo of a replacement: import `id` has been replaced again or deleted since (another tab); nothing was put back. */
  | { kind: 'changed'; id: string }
  /** The very same dataset is imported already, as `entry`: nothing was added. */
  | { kind: 'same-file'; entry: ImportedEntry }
  /**
   * Another version of an imported dataset (the same publisher, some of the same products): nothing was added, and
   * the user chooses to replace `entry` with it or to import it beside.
   */
  | { kind: 'other-version'; entry: ImportedEntry; version: string; order: 'newer' | 'older' | 'same-version' };

/** An imported dataset as a refusal names it. */
export interface ImportedEntry {
  id: string;
  name: string;
  importedAt: number;
  version: string;
}

/** The settings page: effective settings, which of them an administrator manages, and the feed's state. */
export interface SettingsView {
  kind: 'settings';
  settings: Settings;
  managed: (keyof Settings)[];
  /** Managed values that were invalid and are ignored, with the reason. */
  ignored: string[];
  feed: FeedStatus;
  /** The organisation's team feed of its own assessments. */
  orgFeed: FeedStatus;
  dataset: DatasetInfo | null;
  /** The dataset an update of PSF Lens brought that could not be stored; `dataset` is the one still in use. */
  bundle?: BundleProblem;
}

/** Whether the user watches a product, and the rating changes updates brought it, oldest first. */
export interface WatchView {
  kind: 'watch';
  watched: boolean;
  history: HistoryEntry[];
}

export interface Ack {
  kind: 'ok';
}

/** The workspace's checklist of one product: the user's states of its actions (current and retired). */
export interface ChecklistView {
  kind: 'checklist';
  states: ActionState[];
}

export interface SavedAction {
  kind: 'saved';
  state: ActionState;
}

/** An assessment written in PSF Lens, as the workspace edits it. */
export interface OrgRecordView {
  id: string;
  draft: OrgDraft;
  draftUpdatedAt: number;
  versions: OrgVersion[];
  /** new: never saved; saved: the draft is the last version; edited: the draft has changes not saved yet. */
  status: 'new' | 'saved' | 'edited';
  deletedAt?: number;
  /** The team feed holds another version of this product: shown side by side, never applied silently. */
  conflict?: { feedVersion: string; differences: string[]; feedDraft: OrgDraft };
}

export interface OrgRecordsView {
  kind: 'org-records';
  records: OrgRecordView[];
  /** Product ids already taken (PAI's and the organisation's), for a new draft's id. */
  productIds: string[];
}

export type SaveVersionResult =
  | { kind: 'version-saved'; n: number; productId: string }
  | { kind: 'unchanged'; n: number }
  | { kind: 'not-ready'; issues: FieldIssue[] };

export type QuestionnaireView =
  | {
      kind: 'questionnaire';
      form: Questionnaire;
      answers: StoredAnswerView[];
      /** The answers file read last, while Undo can still put back what it replaced (also after a reload). */
      lastRead?: AnswersRead;
    }
  | { kind: 'no-product'; productId: string };

export interface StoredAnswerView extends Answer {
  receivedAt: number;
}

/** An answers file read: when, how many answers it wrote, and how many of those replaced a different answer. */
export interface AnswersRead {
  importId: string;
  at: number;
  taken: number;
  replaced: number;
}

export type AnswersImportResult =
  | {
      kind: 'imported';
      taken: number;
      refused: RefusedRow[];
      skipped: number;
      /** Absent when the file wrote no answer: there is nothing to undo. */
      read?: AnswersRead;
    }
  | { kind: 'unreadable'; problem: FileProblem };

/** Undo of an answers file: done, or refused because the answers have changed since (nothing is touched). */
export type AnswersUndoResult = { kind: 'undone' } | { kind: 'changed' };
