/** Saving and copying exports from the workspace: a Blob behind a temporary `<a download>`, and the clipboard. */
import type { ExportFormat } from '../core/export.ts';
import { t } from '../shared/i18n.ts';

const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

export const FORMAT_LABEL: Record<ExportFormat, string> = { md: 'Markdown', csv: 'CSV', json: 'JSON' };

/** A file name from words such as product ids: lower case, letters, digits and dashes only. */
export function fileName(parts: readonly string[], format: ExportFormat): string {
  const stem = parts
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        // A run of other characters is one dash by now: one at either end at most.
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return `${stem || 'psf-export'}.${format}`;
}

/**
 * A CSV file starts with a byte-order mark: Excel reads a CSV without one in the system's code page, so a note's
 * "über" would open as "Ã¼ber". PSF Lens's own CSV reader, and the other spreadsheets, skip it.
 */
export function downloadText(text: string, name: string, format: ExportFormat): void {
  const parts = format === 'csv' ? ['\uFEFF', text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type: MIME[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Resolves once the text is on the clipboard; rejects with the reason otherwise, in the page's language if it can. */
export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error(t('export_noClipboard'));
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    // The browser's refusal (no permission, the page not focused, no click just before) comes in its own English
    // words ("Document is not focused."), which a German or French page would show inside its sentence.
    if (error instanceof Error && error.name === 'NotAllowedError') throw new Error(t('export_copyNotAllowed'));
    throw error;
  }
}
