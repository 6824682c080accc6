import { useState } from 'preact/hooks';
import { compareExport, type Entry } from '../core/export.ts';
import { DOMAIN_IDS } from '../core/model.ts';
import { NotCapturedNote } from '../ui/not-captured-note.tsx';
import { cellId, CompareTable, ratingsDiffer, type Cell } from './compare-table.tsx';
import { ExportBar } from './export-bar.tsx';
import { FindingPanel } from './finding-panel.tsx';
import { domainOf, findEntry, MAX_COMPARE, MIN_COMPARE, useTitle, type Library } from './library-data.ts';

export interface ComparePageProps {
  library: Library;
  /** From the URL, so a comparison can be bookmarked and shared. */
  productIds: string[];
  onChange(productIds: string[]): void;
}

/** Two to six products side by side, the differences marked, each rating opening its findings. */
export function ComparePage({ library, productIds, onChange }: ComparePageProps) {
  const known = productIds.map((id) => findEntry(library, id)).filter((e): e is Entry => e !== undefined);
  const unknown = productIds.filter((id) => !findEntry(library, id));
  const entries = known.slice(0, MAX_COMPARE);
  const ids = entries.map((e) => e.product.id);
  const [isOnlyDiffering, setOnlyDiffering] = useState(false);
  const [open, setOpen] = useState<Cell | null>(null);
  useTitle(entries.length ? `Compare ${entries.map((e) => e.product.name).join(', ')}` : 'Compare');

  const openEntry = open ? entries.find((e) => e.product.id === open.productId) : undefined;
  const close = () => {
    const opener = open && document.getElementById(cellId(open));
    setOpen(null);
    opener?.focus();
  };
  const differing = DOMAIN_IDS.filter((d) => ratingsDiffer(entries, d)).length;
  const make = (format: Parameters<typeof compareExport>[3]) =>
    compareExport(entries, library.domains, library.dataset.attribution, format);

  return (
    <section class="compare" aria-labelledby="compare-title">
      <h1 id="compare-title" tabIndex={-1}>
        Compare
      </h1>
      {unknown.length > 0 && (
        <p class="note" role="note">
          Not in the library, left out: {unknown.join(', ')}.
        </p>
      )}
      {known.length > MAX_COMPARE && (
        <p class="note" role="note">
          At most {MAX_COMPARE} products fit side by side: showing the first {MAX_COMPARE}.
        </p>
      )}
      <AddProduct library={library} chosen={ids} onAdd={(id) => onChange([...ids, id])} />
      {entries.length < MIN_COMPARE ? (
        <div class="empty">
          <p>
            {entries.length === 0 ? 'No products chosen yet.' : `Only ${entries[0]?.product.name ?? ''} is chosen.`}{' '}
            Pick at least {MIN_COMPARE} products to compare: add them above, or tick them in the{' '}
            <a href="#/library">library</a>.
          </p>
          {entries.length === 1 && (
            <button type="button" onClick={() => onChange([])}>
              Remove {entries[0]?.product.name}
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
              Show only rows that differ
            </label>
            <button type="button" onClick={() => window.print()}>
              Print
            </button>
          </div>
          <p class="diff-summary">
            The captured ratings differ on {differing} of {DOMAIN_IDS.length} domains.
            <span class="no-print"> Select a rating to read its findings.</span>
          </p>
          <CompareTable
            library={library}
            entries={entries}
            isOnlyDiffering={isOnlyDiffering}
            open={openEntry ? open : null}
            onOpen={setOpen}
            onRemove={(id) => onChange(ids.filter((p) => p !== id))}
          />
          <NotCapturedNote />
          {open && openEntry && (
            <FindingPanel entry={openEntry} domain={domainOf(library, open.domain)} onClose={close} />
          )}
          <ExportBar what="the comparison" nameParts={['psf-compare', ...ids]} make={make} />
        </>
      )}
    </section>
  );
}

function AddProduct({ library, chosen, onAdd }: { library: Library; chosen: string[]; onAdd(id: string): void }) {
  const others = library.entries
    .filter((e) => !chosen.includes(e.product.id))
    .sort((a, b) => a.product.name.localeCompare(b.product.name));
  const isFull = chosen.length >= MAX_COMPARE;
  return (
    <label class="field add-product no-print">
      <span>{isFull ? `Add a product (at most ${MAX_COMPARE})` : 'Add a product'}</span>
      <select
        value=""
        disabled={isFull || others.length === 0}
        onChange={(e) => {
          const id = e.currentTarget.value;
          if (id) onAdd(id);
        }}
      >
        <option value="">Choose a product…</option>
        {others.map(({ product }) => (
          <option key={product.id} value={product.id}>
            {product.name} ({product.vendor})
          </option>
        ))}
      </select>
    </label>
  );
}
