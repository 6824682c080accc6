/**
 * The one typed protocol between PSF Lens's contexts. Every request names its `type`; every reply is a
 * discriminated union on `kind`. Sender and handler share these types, so they cannot drift apart.
 */
import type { ActionPatch, ActionState } from '../core/checklist.ts';
import type { HistoryEntry } from '../core/history.ts';
import type { Assessment, Dataset, Domain, Product } from '../core/model.ts';
import type { FeedStatus } from './feed-status.ts';
import type { Settings } from './settings.ts';
import type { Confidence, Detection } from '../core/detect.ts';

export interface DetectionInfo {
  confidence: Confidence;
  via: Extract<Detection, { kind: 'match' }>['via'];
  reason: string;
}

/** Content script -> background: the page is about this product. */
export interface LookupRequest {
  /** The page's address now: after in-page navigation the sender's URL can still be the document's first one. */
  url: string;
  productId: string;
  detection: DetectionInfo;
}

export type LookupReply =
  | {
      kind: 'found';
      /** The badge's two lines, worded by the background: the content script only renders text. */
      name: string;
      line: string;
      /** False when the user hid the in-page badge on this site. */
      showBadge: boolean;
    }
  | { kind: 'unknown-product' }
  | { kind: 'no-dataset'; reason: string };

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
      organisation?: { dataset: string; title: string }[];
      assessment: Assessment | null;
      domains: Domain[];
      detection: DetectionInfo;
      dataset: DatasetInfo;
      site: string;
      siteHidden: boolean;
    }
  | { kind: 'no-product'; dataset: DatasetInfo | null }
  | { kind: 'no-dataset'; reason: string };

/** A dataset the user's organisation imported: its own assessments, shown apart from PAI's. */
export interface OrgDatasetView {
  id: string;
  name: string;
  importedAt: number;
  dataset: Dataset;
  /** Set by the organisation's policy: shown, not replaceable or deletable here. */
  managed?: boolean;
}

/** Every product with its current assessment, for the workspace, and the organisation's own datasets. */
export type LibraryView =
  | {
      kind: 'library';
      entries: { product: Product; assessment: Assessment | null }[];
      domains: Domain[];
      dataset: DatasetInfo;
      organisation?: OrgDatasetView[];
    }
  | { kind: 'no-dataset'; reason: string };

/** The answer to an import: stored, or refused with every problem and nothing changed. */
export type ImportResult =
  | { kind: 'imported'; id: string; products: number; assessments: number }
  | { kind: 'refused'; issues: { path: string; message: string }[] };

/** The settings page: effective settings, which of them an administrator manages, and the feed's state. */
export interface SettingsView {
  kind: 'settings';
  settings: Settings;
  managed: (keyof Settings)[];
  /** Managed values that were invalid and are ignored, with the reason. */
  ignored: string[];
  feed: FeedStatus;
  dataset: DatasetInfo | null;
}

/** Whether the user watches a product, and the rating changes updates brought it, oldest first. */
export interface WatchView {
  kind: 'watch';
  watched: boolean;
  history: HistoryEntry[];
}

/** A request with nothing but its type. */
export type Empty = Record<never, never>;

export interface Ack {
  kind: 'ok';
}

export interface Protocol {
  lookup: { request: LookupRequest; reply: LookupReply };
  /** Content script: this tab left the product's page (SPA navigation). */
  'page-left': { request: Empty; reply: Ack };
  /** Content script: the user dismissed the badge for this site. */
  'hide-badge-here': { request: Empty; reply: Ack };
  /** Content script: the user clicked the badge and wants the details. */
  'open-details': { request: Empty; reply: Ack };
  /** Popup: the view for a tab; `productId` picks one of several products the page is about. */
  'tab-view': { request: { tabId: number; productId?: string }; reply: TabView };
  /** Popup: show or hide the in-page badge on a site. */
  'set-site-hidden': { request: { site: string; hidden: boolean }; reply: Ack };
  /** Workspace: every product and assessment. */
  library: { request: Empty; reply: LibraryView };
  /** Workspace: the user's states of a product's actions (current and retired). */
  checklist: { request: { productId: string }; reply: { kind: 'checklist'; states: ActionState[] } };
  /** Workspace: set an action's status, owner, due date or notes. */
  'update-action': {
    request: { productId: string; actionId: string; patch: ActionPatch };
    reply: { kind: 'saved'; state: ActionState };
  };
  /** Workspace: the settings and the feed's state. */
  settings: { request: Empty; reply: SettingsView };
  /** Workspace: change the user's settings (managed ones are refused). */
  'save-settings': { request: { patch: Partial<Settings> }; reply: SettingsView };
  /** Workspace: fetch the feed now. */
  'update-now': { request: Empty; reply: SettingsView };
  /** Workspace: import a dataset file of the organisation's own assessments (`replaces` updates one). */
  'org-import': { request: { name: string; text: string; replaces?: string }; reply: ImportResult };
  /** Workspace: delete an imported organisation dataset. */
  'org-delete': { request: { id: string }; reply: Ack };
  /** Workspace: a product's watch state and rating history. */
  'watch-state': { request: { productId: string }; reply: WatchView };
  /** Workspace: watch a product for rating changes, or stop. */
  'set-watched': { request: { productId: string; watched: boolean }; reply: WatchView };
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = { type: K } & Protocol[K]['request'];
export type Reply<K extends MessageType> = Protocol[K]['reply'];
export type AnyRequest = { [K in MessageType]: Request<K> }[MessageType];

/** Errors cross the boundary serialized and are thrown again on the caller's side. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

export const CONTENT_MESSAGES = [
  'lookup',
  'page-left',
  'hide-badge-here',
  'open-details',
] as const satisfies readonly MessageType[];
export const UI_MESSAGES = [
  'tab-view',
  'set-site-hidden',
  'library',
  'checklist',
  'update-action',
  'settings',
  'save-settings',
  'update-now',
  'watch-state',
  'set-watched',
  'org-import',
  'org-delete',
] as const satisfies readonly MessageType[];
