import type { ComponentChildren } from 'preact';
import {
  checklistItems,
  progress,
  STATUS_LABEL,
  type ActionPatch,
  type ChecklistItem,
  withSaved,
} from '../core/checklist.ts';
import { actionsExport, type Entry, type ExportFormat } from '../core/export.ts';
import { DOMAIN_IDS } from '../core/model.ts';
import { ExternalLink } from '../ui/links.tsx';
import { useEffect } from 'preact/hooks';
import { useLoad } from '../ui/use-load.ts';
import type { WorkspaceApi } from './api.ts';
import { actionRowId, ChecklistRow, type ChecklistRowProps } from './checklist-row.tsx';
import { ExportBar } from './export-bar.tsx';
import { NotFound } from './layout.tsx';
import { findEntry, useTitle, type Library } from './library-data.ts';
import { domainName } from '../core/model.ts';
import { hrefFor } from './router.ts';

export interface ChecklistPageProps {
  library: Library;
  api: WorkspaceApi;
  productId: string;
  /** The action a link asked for: focused and scrolled to once the checklist is there. */
  actionId?: string;
}

/** A product's practitioner actions as the team's checklist: status, owner, due date and notes, saved as you go. */
export function ChecklistPage({ library, api, productId, actionId }: ChecklistPageProps) {
  const entry = findEntry(library, productId);
  // Without the product there is nothing to ask for: the page says so instead.
  const states = useLoad(async () => (entry ? api.checklist(productId) : []), [api, productId, Boolean(entry)]);
  const load = states.state;
  useTitle(entry ? `Checklist: ${entry.product.name}` : 'Product not found');

  const ready = load.kind === 'ready';
  useEffect(() => {
    if (!ready || !actionId) return;
    const row = document.getElementById(actionRowId(actionId));
    row?.scrollIntoView({ block: 'center' });
    row?.querySelector('select')?.focus({ preventScroll: true });
  }, [ready, actionId]);

  if (!entry) return <NotFound productId={productId} what="checklist" />;
  if (load.kind !== 'ready') {
    return (
      <ChecklistFrame entry={entry}>
        {load.kind === 'loading' ? (
          <p class="state" role="status">
            Loading the checklist…
          </p>
        ) : (
          <div class="state" role="alert">
            <p>
              PSF Lens could not read the checklist of {entry.product.name}. {load.message}
            </p>
            <button type="button" onClick={states.retry}>
              Try again
            </button>
          </div>
        )}
      </ChecklistFrame>
    );
  }
  const save = async (actionId: string, patch: ActionPatch) => {
    const state = await api.updateAction(productId, actionId, patch);
    states.update((shown) => withSaved(shown, state));
    return state;
  };
  return <Checklist library={library} entry={entry} items={checklistItems(entry.assessment, load.value)} save={save} />;
}

function Checklist({
  library,
  entry,
  items,
  save,
}: {
  library: Library;
  entry: Entry;
  items: ChecklistItem[];
  save: ChecklistRowProps['save'];
}) {
  const { product, assessment } = entry;
  const current = items.filter((i) => !i.retired);
  const retired = items.filter((i) => i.retired);
  const count = progress(items);
  const make = (format: ExportFormat) =>
    actionsExport(entry, items, library.domains, library.dataset.attribution, format);
  const productHref = hrefFor({ kind: 'product', productId: product.id });
  return (
    <ChecklistFrame entry={entry}>
      {assessment && (
        <p class="sub">
          From the assessment <ExternalLink href={assessment.url}>{assessment.title} ↗</ExternalLink>. Changes are saved
          as you make them, in this browser only.
        </p>
      )}
      {count.total > 0 && (
        <p class="progress" role="status">
          {count.done} {STATUS_LABEL.done.toLowerCase()} · {count['in-progress']}{' '}
          {STATUS_LABEL['in-progress'].toLowerCase()} · {count.todo} {STATUS_LABEL.todo.toLowerCase()} ·{' '}
          {count['not-applicable']} {STATUS_LABEL['not-applicable'].toLowerCase()}, of {count.total} actions
        </p>
      )}
      {items.length > 0 && <ExportBar what="the checklist" nameParts={['psf-actions', product.id]} make={make} />}
      {current.length === 0 && (
        <div class="empty">
          <p>
            {assessment
              ? 'PSF Lens captured no practitioner actions from this assessment.'
              : `The Production AI Institute has not published a PSF assessment of ${product.name} yet, so there are no actions to track.`}{' '}
            <a href={productHref}>Read the full assessment</a>
          </p>
        </div>
      )}
      {DOMAIN_IDS.map((domain) => {
        const group = current.filter((i) => i.domain === domain);
        if (!group.length) return null;
        return (
          <section key={domain} class="action-group" aria-labelledby={`group-${domain}`}>
            <h2 id={`group-${domain}`}>
              {domain} {domainName(library.domains, domain)}
            </h2>
            <ul class="action-list">
              {group.map((item) => (
                <ChecklistRow key={item.actionId} item={item} save={save} />
              ))}
            </ul>
          </section>
        );
      })}
      {retired.length > 0 && (
        <section class="action-group retired" aria-labelledby="group-retired">
          <h2 id="group-retired">Retired: no longer in the assessment</h2>
          <p class="note">
            The current assessment no longer lists these actions. What you recorded is kept, and you can still change
            it.
          </p>
          <ul class="action-list">
            {retired.map((item) => (
              <ChecklistRow
                key={item.actionId}
                item={item}
                save={save}
                domainLabel={`${item.domain} ${domainName(library.domains, item.domain)}`}
              />
            ))}
          </ul>
        </section>
      )}
    </ChecklistFrame>
  );
}

/** The heading stays put while the states load, so focus set on it after navigation is not lost. */
function ChecklistFrame({ entry, children }: { entry: Entry; children: ComponentChildren }) {
  const { product } = entry;
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <p class="crumbs no-print">
        <a href="#/library">← Library</a> ·{' '}
        <a href={hrefFor({ kind: 'product', productId: product.id })}>{product.name}</a>
      </p>
      <h1 id="checklist-title" tabIndex={-1}>
        Action checklist: {product.name}
      </h1>
      {children}
    </section>
  );
}
