import { useEffect, useRef, useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export.ts';
import { copyText, downloadText, fileName, FORMAT_LABEL } from './download.ts';
import { errorText } from '../shared/error-text.ts';
import { t } from '../shared/i18n.ts';

export interface ExportBarProps {
  /** Names the group of buttons: "Export the comparison". */
  label: string;
  /** The file name's words, e.g. ['psf-compare', 'langchain', 'crewai']. */
  nameParts: readonly string[];
  make(format: ExportFormat): string;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; reason: string; text: string };
// Stryker disable next-line ObjectLiteral,StringLiteral: any state but copied or failed shows nothing.
const IDLE: CopyState = { kind: 'idle' };

/** Download as Markdown, CSV or JSON, and copy the Markdown; a failed copy shows the text to copy by hand. */
export function ExportBar({ label, nameParts, make }: ExportBarProps) {
  const [copy, setCopy] = useState<CopyState>(IDLE);
  // A failed copy puts the keyboard in the text, selected for Ctrl+C; Close gives it back to the Copy button.
  const copyButton = useRef<HTMLButtonElement>(null);
  const fallback = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (copy.kind === 'failed') fallback.current?.focus();
  }, [copy]);
  const onCopy = () => {
    const text = make('md');
    copyText(text).then(
      () => setCopy({ kind: 'copied' }),
      (error: unknown) => setCopy({ kind: 'failed', reason: errorText(error), text }),
    );
  };
  return (
    <div class="export no-print">
      <div class="toolbar" role="group" aria-label={label}>
        <span class="toolbar-label" aria-hidden="true">
          {t('export_group')}
        </span>
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            onClick={() => downloadText(make(format), fileName(nameParts, format), format)}
          >
            {FORMAT_LABEL[format]}
          </button>
        ))}
        <button type="button" ref={copyButton} onClick={onCopy}>
          {t('export_copy')}
        </button>
        <span class="copy-state" role="status">
          {copy.kind === 'copied' ? t('export_copied') : ''}
        </span>
      </div>
      {copy.kind === 'failed' && (
        <div class="copy-fallback" role="alert">
          <p>{t('export_copyFailed', { reason: copy.reason })}</p>
          <textarea
            ref={fallback}
            readOnly
            rows={8}
            lang="en"
            aria-label={t('export_text')}
            value={copy.text}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            onClick={() => {
              copyButton.current?.focus();
              setCopy(IDLE);
            }}
          >
            {t('export_close')}
          </button>
        </div>
      )}
    </div>
  );
}
