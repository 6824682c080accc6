import { useEffect, useRef, useState } from 'preact/hooks';
import { compareExport } from '../core/compare-export.ts';
import { DOMAIN_IDS } from '../core/model.ts';
import { parseOwnKey } from '../core/own-key.ts';
import { NotCapturedNote } from '../ui/not-captured-note.tsx';
import { cellId, CompareTable, ratingsDiffer, type Cell } from './compare-table.tsx';
import { CompareSources } from './compare-sources.tsx';
import { ExportBar } from './export-bar.tsx';
import { FindingPanel } from './finding-panel.tsx';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';
import {
  columnName,
  domainOf,
  findColumn,
  MAX_COMPARE,
  MIN_COMPARE,
  ownColumns,
  useTitle,
  type Column,
  type Library,
} from './library-data.ts';

export interface ComparePageProps {
  library: Library;
  /** From the URL, so a comparison can be bookmarked and shared: products' ids and the organisation's `ownKey`s. */
  productIds: string[];
  onChange(productIds: string[]): void;
}

/**
 * Two to six assessments side by side, the differences marked, each rating opening its findings: PAI's of products,
 * and the organisation's own beside them, each labelled as such.
 */
export function ComparePage({ library, productIds, onChange }: ComparePageProps) {
  const known = productIds.map((id) => findColumn(library, id)).filter((e): e is Column => e !== undefined);
  const unknown = productIds.filter((id) => !findColumn(library, id));
  const unknownOwn = unknown.flatMap((id) => parseOwnKey(id) ?? []);
  const unknownProducts = unknown.filter((id) => !parseOwnKey(id));
  const entries = known.slice(0, MAX_COMPARE);
  const ids = entries.map((e) => e.key);
  // Below two products, the one there may be.
  const [only] = entries;
  const [isOnlyDiffering, setOnlyDiffering] = useState(false);
  const [open, setOpen] = useState<Cell | null>(null);
  useTitle(entries.length ? t('compare_titleOf', { names: entries.map(columnName).join(', ') }) : t('compare_title'));

  const openEntry = open ? entries.find((e) => e.key === open.column) : undefined;
  const close = () => {
    const opener = open && document.getElementById(cellId(open));
    setOpen(null);
    // Stryker disable next-line OptionalChaining: only the open panel closes, and its rating is in the table
    opener?.focus();
  };
  // A product taken out takes its Remove button with it: the keyboard goes to the Remove of the product that took its
  // place (or the one before), else to the one product's Remove, else to the choice of a product to add.
  const section = useRef<HTMLElement>(null);
  const removedAt = useRef<number | null>(null);
  useEffect(() => {
    const at = removedAt.current;
    removedAt.current = null;
    if (at === null || !section.current) return;
    const removes = section.current.querySelectorAll<HTMLElement>('th .remove');
    const target =
      removes[Math.min(at, removes.length - 1)] ??
      section.current.querySelector<HTMLElement>('.empty button') ??
      section.current.querySelector<HTMLElement>('.add-product select');
    // Stryker disable next-line OptionalChaining: the add menu is always there to fall back on.
    target?.focus();
  }, [ids.join(' ')]);
  const remove = (id: string) => {
    removedAt.current = ids.indexOf(id);
    onChange(ids.filter((p) => p !== id));
  };
  const differing = DOMAIN_IDS.filter((d) => ratingsDiffer(entries, d)).length;
  const make = (format: Parameters<typeof compareExport>[3]) =>
    compareExport(entries, library.domains, library.dataset, format);

  return (
    <section class="compare" aria-labelledby="compare-title" ref={section}>
      <h1 id="compare-title" tabIndex={-1}>
        {t('compare_title')}
      </h1>
      {unknownProducts.length > 0 && (
        <p class="note" role="note">
          {t('compare_unknown', { ids: unknownProducts.join(', ') })}
        </p>
      )}
      {/* The organisation's own assessments gone from its files: said as such, not as products PAI lacks. */}
      {unknownOwn.length > 0 && (
        <p class="note" role="note">
          {t('compare_unknownOwn', { ids: unknownOwn.map((own) => own.assessmentId).join(', ') })}
        </p>
      )}
      {known.length > MAX_COMPARE && (
        <p class="note" role="note">
          {t('compare_tooMany', { max: MAX_COMPARE })}
        </p>
      )}
      <AddProduct library={library} chosen={ids} onAdd={(id) => onChange([...ids, id])} />
      {entries.length < MIN_COMPARE ? (
        <div class="empty">
          <p>
            {only ? t('compare_oneChosen', { name: columnName(only) }) : t('compare_noneChosen')}{' '}
            {rich(t('compare_pickMore', { min: MIN_COMPARE }), {
              library: <a href="#/library">{t('compare_libraryLink')}</a>,
            })}
          </p>
          {only && (
            <button type="button" onClick={() => remove(only.key)}>
              {t('compare_removeOnly', { name: columnName(only) })}
            </button>
          )}
        </div>
      ) : (
        <>
          <div class="compare-tools no-print">
            <label class="check">
              <input
                type="checkbox"
                checked={isOnlyDiffering}
                onChange={(e) => setOnlyDiffering(e.currentTarget.checked)}
              />
              {t('compare_onlyDiffering')}
            </label>
            <button type="button" onClick={() => window.print()}>
              {t('compare_print')}
            </button>
          </div>
          <p class="diff-summary">
            {t('compare_differOn', { n: differing, total: DOMAIN_IDS.length })}{' '}
            <span class="no-print">{t('compare_selectHint')}</span>
          </p>
          <CompareTable
            library={library}
            entries={entries}
            isOnlyDiffering={isOnlyDiffering}
            open={openEntry ? open : null}
            onOpen={setOpen}
            onRemove={remove}
          />
          <NotCapturedNote />
          {/* The findings of the rating just chosen come first, right under the table, then the sources. */}
          {open && openEntry && (
            <FindingPanel library={library} entry={openEntry} domain={domainOf(library, open.domain)} onClose={close} />
          )}
          <CompareSources library={library} entries={entries} />
          <ExportBar label={t('compare_export')} nameParts={['psf-compare', ...ids]} make={make} />
        </>
      )}
    </section>
  );
}

/**
 * A product is chosen in the list, then added with the button or Enter. Not on the list's change alone: a closed
 * list changes with each arrow key, so a keyboard user browsing the names added every product passed over.
 */
function AddProduct({ library, chosen, onAdd }: { library: Library; chosen: string[]; onAdd(id: string): void }) {
  const [pick, setPick] = useState('');
  const menu = useRef<HTMLSelectElement>(null);
  const hasAdded = useRef(false);
  const others = library.entries
    .filter((e) => !chosen.includes(e.product.id))
    .sort((a, b) => a.product.name.localeCompare(b.product.name));
  const own = ownColumns(library).filter((c) => !chosen.includes(c.key));
  const isFull = chosen.length >= MAX_COMPARE;
  const choice = others.some((e) => e.product.id === pick) || own.some((c) => c.key === pick) ? pick : '';
  // The button that added goes disabled with the choice emptied: the keyboard goes back to the list, for the next
  // product, or once the comparison is full to the name of the product just added.
  useEffect(() => {
    if (!hasAdded.current) return;
    hasAdded.current = false;
    const heads = menu.current?.closest('section')?.querySelectorAll<HTMLElement>('th.product-col a');
    if (menu.current && !menu.current.disabled) menu.current.focus();
    else heads?.[heads.length - 1]?.focus();
  }, [chosen.join(' ')]);
  const add = () => {
    if (!choice || isFull) return;
    hasAdded.current = true;
    setPick('');
    onAdd(choice);
  };
  return (
    <div class="add-product no-print">
      <label class="field">
        <span>{isFull ? t('compare_addFull', { max: MAX_COMPARE }) : t('compare_add')}</span>
        <select
          ref={menu}
          value={choice}
          disabled={isFull || others.length + own.length === 0}
          onChange={(e) => setPick(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        >
          <option value="">{t('compare_choose')}</option>
          {others.map(({ product }) => (
            <option key={product.id} value={product.id}>
              {product.name} ({product.vendor})
            </option>
          ))}
          {own.length > 0 && (
            <optgroup label={t('library_orgLabel')}>
              {own.map((column) => (
                <option key={column.key} value={column.key}>
                  {column.product.name}: {column.assessment?.title} ({column.ownShown ?? column.own})
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <button type="button" disabled={!choice || isFull} onClick={add}>
        {t('compare_addButton')}
      </button>
    </div>
  );
}
