/**
 * The one table of PSF Lens's messages. Each entry says who may send it (`from`), the exact shape of its request
 * (a function that makes its valibot schema: the runtime check and, through inference, the request type) and the
 * type of its reply. Everything else derives from it: the request and reply types, the handler map's type, the
 * per-context allow-lists and the router's check. A new message is one entry here and one handler (see
 * CONTRIBUTING.md). The schemas are made for each message and dropped after it: the worker keeps none.
 */
import * as v from 'valibot';
import { ACTION_STATUSES } from '../core/checklist.ts';
import type {
  Ack,
  ImportResult,
  LauncherView,
  LibraryView,
  PageReport,
  SettingsView,
  TabView,
  WatchView,
  ChecklistView,
  SavedAction,
  OrgRecordsView,
  SaveVersionResult,
  QuestionnaireView,
  AnswersImportResult,
  AnswersUndoResult,
} from './messages.ts';
import { OrgDraftSchema, OrgRecordIdSchema } from '../core/org-draft-schema.ts';
import { SettingsPatchSchema } from './settings.ts';
import { ANSWERS_FILE_MAX_MB, ORG_FILE_MAX_MB } from './file-limits.ts';

/** Who sends a message: the content script in a vendor page's top frame, or one of PSF Lens's own pages. */
export type Sender = 'content' | 'ui';

declare const REPLY: unique symbol;
/** Carries a reply type in the table without a runtime value. */
export interface ReplyType<T> {
  readonly [REPLY]?: T;
}
/** One object for every entry's reply: it carries a type alone, and no code reads it. */
const REPLY_VALUE = {};
const reply = <T>(): ReplyType<T> => REPLY_VALUE;

const none = () => v.strictObject({});
// A product's id, or an `ownKey` of the organisation's (`own:`, two ids).
const productId = v.lazy(() => v.pipe(v.string(), v.maxLength(300)));

export const PROTOCOL = {
  /**
   * The tab shows a rated product's page (or several products' home page), as the content script decided from its
   * host's record: the background checks the claim against the tab's address, then sets the toolbar.
   */
  'page-product': {
    from: 'content',
    request: () =>
      v.strictObject({
        /** The page's address now: after in-page navigation the sender's URL can still be the document's first one. */
        url: v.pipe(v.string(), v.maxLength(4096), v.url(), v.regex(/^https:\/\//)),
        productIds: v.pipe(v.array(productId), v.minLength(1), v.maxLength(16)),
        detection: v.strictObject({
          confidence: v.picklist(['high', 'medium']),
          via: v.picklist(['url', 'signals']),
          phrase: v.optional(v.pipe(v.string(), v.maxLength(400))),
        }),
      }),
    reply: reply<PageReport>(),
  },
  /** This tab left the product's page (SPA navigation). */
  'page-left': { from: 'content', request: none, reply: reply<Ack>() },
  /** The user dismissed the badge for this site. */
  'hide-badge-here': { from: 'content', request: none, reply: reply<Ack>() },
  /** The user clicked the badge and wants the details. */
  'open-details': { from: 'content', request: none, reply: reply<Ack>() },

  /** Popup: the view for a tab; `productId` picks one of several products the page is about. */
  'tab-view': {
    from: 'ui',
    request: () =>
      v.strictObject({
        tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
        productId: v.optional(productId),
      }),
    reply: reply<TabView>(),
  },
  /** Popup: show or hide the in-page badge on a site. */
  'set-site-hidden': {
    from: 'ui',
    request: () => v.strictObject({ site: v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/)), hidden: v.boolean() }),
    reply: reply<Ack>(),
  },

  /** Popup, off a rated page: the products to search and the recently viewed ones. */
  launcher: { from: 'ui', request: none, reply: reply<LauncherView>() },

  /** Workspace: every product and assessment. */
  library: { from: 'ui', request: none, reply: reply<LibraryView>() },
  /** Workspace: the user's states of a product's actions (current and retired). */
  checklist: { from: 'ui', request: () => v.strictObject({ productId }), reply: reply<ChecklistView>() },
  /** Workspace: delete the checklist kept of one of the organisation's assessments no longer loaded. */
  'checklist-delete': { from: 'ui', request: () => v.strictObject({ productId }), reply: reply<Ack>() },
  /** Workspace: set an action's status, owner, due date or notes. */
  'update-action': {
    from: 'ui',
    request: () =>
      v.strictObject({
        productId,
        actionId: v.pipe(v.string(), v.maxLength(200)),
        patch: v.strictObject({
          status: v.optional(v.picklist(ACTION_STATUSES)),
          owner: v.optional(v.pipe(v.string(), v.maxLength(200))),
          due: v.optional(v.pipe(v.string(), v.regex(/^(?:\d{4}-\d{2}-\d{2})?$/, 'a due date is YYYY-MM-DD or empty'))),
          notes: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
        }),
      }),
    reply: reply<SavedAction>(),
  },
  /** Workspace: a product's watch state and rating history. */
  'watch-state': { from: 'ui', request: () => v.strictObject({ productId }), reply: reply<WatchView>() },
  /** Workspace: watch a product for rating changes, or stop. */
  'set-watched': {
    from: 'ui',
    request: () => v.strictObject({ productId, watched: v.boolean() }),
    reply: reply<WatchView>(),
  },

  /** Workspace: the settings and the feed's state. */
  settings: { from: 'ui', request: none, reply: reply<SettingsView>() },
  /** Workspace: change the user's settings (managed ones are refused). */
  'save-settings': {
    from: 'ui',
    request: () => v.strictObject({ patch: SettingsPatchSchema }),
    reply: reply<SettingsView>(),
  },
  /** Workspace: fetch the feed now. */
  'update-now': { from: 'ui', request: none, reply: reply<SettingsView>() },

  /**
   * Workspace: import a dataset file of the organisation's own assessments (`replaces` updates one; `restore` brings
   * back one just deleted, under its id and import time, unless another import has taken the id meanwhile; with
   * `replaces`, puts back the import a replacement wrote over, only while it is still as that replacement stored it,
   * at import time `over`).
   */
  'org-import': {
    from: 'ui',
    request: () =>
      v.strictObject({
        name: v.pipe(v.string(), v.maxLength(200)),
        text: v.pipe(v.string(), v.maxLength(ORG_FILE_MAX_MB * 1_000_000, `the file is over ${ORG_FILE_MAX_MB} MB`)),
        replaces: v.optional(v.pipe(v.string(), v.maxLength(80))),
        /** Imported beside an earlier version of the same dataset, as the user chose (never beside the same file). */
        alongside: v.optional(v.literal(true)),
        restore: v.optional(
          v.strictObject({
            id: v.pipe(v.string(), v.maxLength(80)),
            importedAt: v.pipe(v.number(), v.finite()),
            over: v.optional(v.pipe(v.number(), v.finite())),
          }),
        ),
      }),
    reply: reply<ImportResult>(),
  },
  /** Workspace: delete an imported organisation dataset. */
  'org-delete': {
    from: 'ui',
    request: () => v.strictObject({ id: v.pipe(v.string(), v.maxLength(80)) }),
    reply: reply<Ack>(),
  },

  /** Workspace: the assessments written in PSF Lens, drafts and versions. */
  'org-records': { from: 'ui', request: none, reply: reply<OrgRecordsView>() },
  /**
   * Workspace: keep a draft as the user types (any content; the rules apply when a version is saved). `since`: the
   * draft's time as this page last read or wrote it; a draft saved since by another tab is not overwritten.
   */
  'org-save-draft': {
    from: 'ui',
    request: () =>
      v.strictObject({
        id: OrgRecordIdSchema,
        draft: OrgDraftSchema,
        since: v.optional(v.pipe(v.number(), v.finite())),
      }),
    reply: reply<{ kind: 'draft-saved'; updatedAt: number }>(),
  },
  /** Workspace: save the draft as a new version, if it passes the dataset rules. */
  'org-save-version': {
    from: 'ui',
    request: () => v.strictObject({ id: OrgRecordIdSchema }),
    reply: reply<SaveVersionResult>(),
  },
  /** Workspace: delete an assessment written here (undo with org-restore-record). */
  'org-delete-record': {
    from: 'ui',
    request: () => v.strictObject({ id: OrgRecordIdSchema }),
    reply: reply<Ack>(),
  },
  'org-restore-record': {
    from: 'ui',
    request: () => v.strictObject({ id: OrgRecordIdSchema }),
    reply: reply<Ack>(),
  },
  /** Workspace: keep this browser's version of an assessment over the team feed's current one. */
  'org-keep-mine': {
    from: 'ui',
    request: () => v.strictObject({ id: OrgRecordIdSchema }),
    reply: reply<Ack>(),
  },
  /** Workspace: the questionnaire for a product's vendor, with the answers received so far. */
  questionnaire: {
    from: 'ui',
    request: () => v.strictObject({ productId, basis: v.optional(v.picklist(['pai', 'organisation'])) }),
    reply: reply<QuestionnaireView>(),
  },
  /** Workspace: read a vendor's filled-in questionnaire CSV; good rows are kept, bad ones refused with the reason. */
  'questionnaire-import': {
    from: 'ui',
    request: () =>
      v.strictObject({
        productId,
        basis: v.optional(v.picklist(['pai', 'organisation'])),
        text: v.pipe(
          v.string(),
          v.maxLength(ANSWERS_FILE_MAX_MB * 1_000_000, `the file is over ${ANSWERS_FILE_MAX_MB} MB`),
        ),
      }),
    reply: reply<AnswersImportResult>(),
  },
  /**
   * Workspace: put back the answers as they were before the answers file `importId` was read, if nothing has
   * changed them since (another file read, in this tab or another).
   */
  'questionnaire-undo': {
    from: 'ui',
    request: () => v.strictObject({ productId, importId: v.pipe(v.string(), v.maxLength(80)) }),
    reply: reply<AnswersUndoResult>(),
  },
} as const satisfies Record<
  string,
  { from: Sender; request: () => v.StrictObjectSchema<v.ObjectEntries, undefined>; reply: ReplyType<unknown> }
>;

export type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;
/** The messages a content script sends. */
export type ContentMessageType = { [K in MessageType]: Protocol[K]['from'] extends 'content' ? K : never }[MessageType];
/** What a sender passes: the request's fields before the check (optional fields may be left out). */
export type RequestInput<K extends MessageType> = v.InferInput<ReturnType<Protocol[K]['request']>>;
/** What a handler receives: the checked request, with its type. */
export type Request<K extends MessageType> = { type: K } & v.InferOutput<ReturnType<Protocol[K]['request']>>;
export type Reply<K extends MessageType> = NonNullable<Protocol[K]['reply'][typeof REPLY]>;
export type AnyRequest = { [K in MessageType]: Request<K> }[MessageType];

/** Errors cross the boundary serialized and are thrown again on the caller's side. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

export const isMessageType = (type: unknown): type is MessageType =>
  typeof type === 'string' && Object.hasOwn(PROTOCOL, type);
export const MESSAGE_TYPES = Object.keys(PROTOCOL) as MessageType[];
/** The messages each sender may send. */
export const messagesFrom = (from: Sender): MessageType[] => MESSAGE_TYPES.filter((t) => PROTOCOL[t].from === from);
export const CONTENT_MESSAGES = messagesFrom('content');
export const UI_MESSAGES = messagesFrom('ui');
