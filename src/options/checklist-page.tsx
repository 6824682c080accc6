import type { ComponentChildren } from 'preact';
import { checklistItems, progress, type ActionPatch, type ChecklistItem, withSaved } from '../core/checklist.ts';
import { actionsExport, type Entry, type ExportFormat } from '../core/export.ts';
import { DOMAIN_IDS } from '../core/model.ts';
import { ExternalLink } from '../ui/links.tsx';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLoad } from '../ui/use-load.ts';
import type { WorkspaceApi } from './api.ts';
import { actionRowId, ChecklistRow, type ChecklistRowProps } from './checklist-row.tsx';
import { ExportBar } from './export-bar.tsx';
import { NotFound } from './layout.tsx';
import { columnName, findColumn, findKept, findRemoved, useTitle, type Column, type Library } from './library-data.ts';
import { domainName } from '../core/model.ts';
import { hrefFor } from './router.ts';
import { TryAgain } from './try-again.tsx';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';
import { textLang } from '../ui/own-words.ts';
import { errorText } from '../shared/error-text.ts';

export interface ChecklistPageProps {
  library: Library;
  api: WorkspaceApi;
  productId: string;
  /** The action a link asked for: focused and scrolled to once the checklist is there. */
  actionId?: string;
  /** Reads the library again: a kept checklist deleted here leaves the organisation page's list. */
  onDeleted?(): void;
}

/** A product's practitioner actions as the team's checklist: status, owner, due date and notes, saved as you go. */
export function ChecklistPage({ library, api, productId, actionId, onDeleted }: ChecklistPageProps) {
  // PAI's assessment of a product, or one of the organisation's own by its key.
  const listed = findColumn(library, productId);
  // A product an update removed, or an assessment of the organisation's no longer loaded, keeps the user's
  // checklist: every action of it retired, still editable.
  const kept = listed ? undefined : findKept(library, productId);
  const entry = listed ?? kept ?? findRemoved(library, productId);
  const isRemoved = !listed;
  // Under the key in force, which a bookmark of an earlier version may not hold (see findColumn).
  const key = (listed ?? kept)?.key ?? productId;
  const [deleted, setDeleted] = useState<string | null>(null);
  // Without the product there is nothing to ask for: the page says so instead.
  const states = useLoad(async () => (entry ? api.checklist(key) : []), [api, key, Boolean(entry)]);
  const load = states.state;
  useTitle(entry ? t('checklist_pageTitle', { name: columnName(entry) }) : t('ws_notFound'));

  const ready = load.kind === 'ready';
  useEffect(() => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: without rows or an action, no row is found
    if (!ready || !actionId) return;
    const row = document.getElementById(actionRowId(actionId));
    row?.scrollIntoView({ block: 'center' });
    // Stryker disable next-line OptionalChaining: every row has its status select
    row?.querySelector('select')?.focus({ preventScroll: true });
  }, [ready, actionId]);

  if (deleted !== null) return <DeletedNote name={deleted} />;
  if (!entry) return <NotFound productId={productId} what="checklist" />;
  const save = async (actionId: string, patch: ActionPatch) => {
    const state = await api.updateAction(key, actionId, patch);
    states.update((shown) => withSaved(shown, state));
    return state;
  };
  // One frame through loading, failure and the checklist: its heading stays the same element, so the focus the
  // workspace gives it after a page change, or "Try again" before a new load, is not lost when the actions arrive.
  return (
    <ChecklistFrame entry={entry} isRemoved={isRemoved}>
      {load.kind === 'ready' ? (
        <Checklist
          library={library}
          entry={entry}
          items={checklistItems(entry.assessment, load.value)}
          save={save}
          isRemoved={isRemoved}
          remove={
            kept &&
            (async () => {
              await api.deleteChecklist(key);
              setDeleted(kept.product.name);
              onDeleted?.();
            })
          }
        />
      ) : load.kind === 'loading' ? (
        <p class="state" role="status">
          {t('checklist_loading')}
        </p>
      ) : (
        <div class="state" role="alert">
          <p>{t('checklist_loadError', { name: entry.product.name, reason: load.message })}</p>
          <TryAgain onRetry={states.retry} focusTo="checklist-title" />
        </div>
      )}
    </ChecklistFrame>
  );
}

function Checklist({
  library,
  entry,
  items,
  save,
  isRemoved,
  remove,
}: {
  library: Library;
  entry: Entry & Pick<Column, 'ownShown'>;
  items: ChecklistItem[];
  save: ChecklistRowProps['save'];
  isRemoved: boolean;
  /** Deletes a checklist kept of an assessment of the organisation's no longer loaded. */
  remove?: (() => Promise<void>) | undefined;
}) {
  const { product, assessment, own } = entry;
  const current = items.filter((i) => !i.retired);
  const retired = items.filter((i) => i.retired);
  const count = progress(items);
  const make = (format: ExportFormat) => actionsExport(entry, items, library.domains, library.dataset, format);
  const productHref = hrefFor({ kind: 'product', productId: product.id });
  return (
    <>
      {assessment && (
        <p class="sub">
          {rich(t('checklist_from'), {
            link: (
              <ExternalLink href={assessment.url}>
                <span lang={textLang(Boolean(own))}>{assessment.title}</span> ↗
              </ExternalLink>
            ),
          })}
        </p>
      )}
      {count.total > 0 && (
        <p class="progress" role="status">
          {t.plural('checklist_progress', count.total, {
            done: count.done,
            inProgress: count['in-progress'],
            todo: count.todo,
            na: count['not-applicable'],
          })}
        </p>
      )}
      {items.length > 0 && (
        <ExportBar
          label={t('checklist_export')}
          // Each of the organisation's assessments of a product its own file: two never download under one name.
          nameParts={own ? ['psf-actions', product.id, 'own', assessment?.id ?? ''] : ['psf-actions', product.id]}
          make={make}
        />
      )}
      {remove ? (
        <p class="note">{t('checklist_ownGone', { name: product.name, source: entry.ownShown ?? own ?? '' })}</p>
      ) : isRemoved ? (
        <p class="note">{t('checklist_removed', { name: product.name })}</p>
      ) : (
        current.length === 0 && (
          <div class="empty">
            <p>
              {assessment ? t('checklist_noActions') : t('checklist_notAssessed', { name: product.name })}{' '}
              <a href={productHref}>{t('checklist_readFull')}</a>
            </p>
          </div>
        )
      )}
      {DOMAIN_IDS.map((domain) => {
        const group = current.filter((i) => i.domain === domain);
        if (!group.length) return null;
        return (
          <section key={domain} class="action-group" aria-labelledby={`group-${domain}`}>
            <h2 id={`group-${domain}`}>
              {domain} <span lang="en">{domainName(library.domains, domain)}</span>
            </h2>
            <ul class="action-list">
              {group.map((item) => (
                <ChecklistRow key={item.actionId} item={item} save={save} own={Boolean(own)} />
              ))}
            </ul>
          </section>
        );
      })}
      {retired.length > 0 && (
        <section class="action-group retired" aria-labelledby="group-retired">
          <h2 id="group-retired">{t('checklist_retired')}</h2>
          {/* A kept checklist's note above says why: there is no current assessment to list them. */}
          {!remove && <p class="note">{t('checklist_retiredNote')}</p>}
          <ul class="action-list">
            {retired.map((item) => (
              <ChecklistRow
                key={item.actionId}
                item={item}
                save={save}
                own={Boolean(own)}
                domainLabel={`${item.domain} ${domainName(library.domains, item.domain)}`}
              />
            ))}
          </ul>
        </section>
      )}
      {remove && <DeleteKept remove={remove} />}
    </>
  );
}

/** Deletes a kept checklist for good, once asked: there is no Undo, so the question says to export first. */
function DeleteKept({ remove }: { remove(): Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const answer = (next: boolean) => {
    setAsking(next);
    setProblem(null);
    // The pressed button goes: the keyboard goes to the one that takes its place.
    requestAnimationFrame(() => (next ? confirm : ask).current?.focus());
  };
  return (
    <div class="kept-delete no-print">
      {asking ? (
        <div role="group" aria-labelledby="kept-delete-ask">
          <p id="kept-delete-ask">{t('checklist_deleteAsk')}</p>
          <button
            type="button"
            class="danger"
            ref={confirm}
            onClick={() => void remove().catch((error: unknown) => setProblem(errorText(error)))}
          >
            {t('checklist_deleteYes')}
          </button>{' '}
          <button type="button" onClick={() => answer(false)}>
            {t('checklist_deleteNo')}
          </button>
        </div>
      ) : (
        <button type="button" class="danger" ref={ask} onClick={() => answer(true)}>
          {t('checklist_delete')}
        </button>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Where a kept checklist was, once deleted: said, with the way back to the organisation's assessments. */
function DeletedNote({ name }: { name: string }) {
  const said = useRef<HTMLHeadingElement>(null);
  useEffect(() => said.current?.focus(), []);
  return (
    <section class="checklist" aria-labelledby="checklist-deleted">
      <h1 id="checklist-deleted" tabIndex={-1} ref={said}>
        {t('checklist_deleted', { name })}
      </h1>
      <p>
        <a href="#/organisation">{t('org_backToList')}</a>
      </p>
    </section>
  );
}

/** The heading stays put while the states load, so focus set on it after navigation is not lost. */
function ChecklistFrame({
  entry,
  isRemoved,
  children,
}: {
  entry: Entry & Pick<Column, 'ownShown'>;
  isRemoved: boolean;
  children: ComponentChildren;
}) {
  const { product } = entry;
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <p class="crumbs no-print">
        <a href="#/library">{t('ws_crumbLibrary')}</a> ·{' '}
        {/* A removed product has no page of its own any more: its name only. */}
        {isRemoved ? product.name : <a href={hrefFor({ kind: 'product', productId: product.id })}>{product.name}</a>}
      </p>
      <h1 id="checklist-title" tabIndex={-1}>
        {t('checklist_title', { name: columnName(entry) })}
      </h1>
      {entry.own && <p class="org-label">{t('product_own', { name: entry.ownShown ?? entry.own })}</p>}
      {children}
    </section>
  );
}
