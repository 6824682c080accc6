/** The optional parts of an assessment, each shown only when the source carries it. */
import { DOMAIN_IDS, type Assessment, type Conflict, type Domain } from '../core/model.ts';
import { ExternalLink } from './links.tsx';
import { RatingLabel } from './rating.tsx';
import { t } from '../shared/i18n.ts';
import { textLang } from './own-words.ts';

/** A variant's ratings where they differ from the assessment's own (LangGraph on top of LangChain). */
export function Variants({
  assessment,
  domains,
  own,
}: {
  assessment: Assessment;
  domains: Map<string, Domain>;
  own?: boolean | undefined;
}) {
  if (!assessment.variants?.length) return null;
  return (
    <section class="extra" aria-label={t('details_variants')}>
      <h3>{t('details_variants')}</h3>
      {assessment.variants.map((variant) => {
        const changed = DOMAIN_IDS.filter((d) => variant.ratings[d] && variant.ratings[d] !== assessment.ratings[d]);
        return (
          <div key={variant.name} class="variant">
            <p>
              <strong>{variant.name}:</strong> <span lang={textLang(own)}>{variant.note}</span>
            </p>
            {changed.length > 0 && (
              <ul>
                {changed.map((d) => (
                  <li key={d}>
                    {d} {domains.get(d)?.name ?? ''}: <RatingLabel rating={variant.ratings[d]} own={own} />{' '}
                    {t('details_insteadOf')} <RatingLabel rating={assessment.ratings[d]} own={own} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}

/** The release scope the assessment covers. */
export function Scope({ assessment, own }: { assessment: Assessment; own?: boolean | undefined }) {
  if (!assessment.scope?.length) return null;
  return (
    <section class="extra" aria-label={t('details_scope')}>
      <h3>{t('details_scope')}</h3>
      <table class="scope" lang={textLang(own)}>
        <tbody>
          {assessment.scope.map((item) => (
            <tr key={item.artifact}>
              <th scope="row">{item.artifact}</th>
              <td>{item.detail}</td>
              <td class="date">{item.date ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Where two of PAI's own sources rate a domain differently: both, named, with links. */
export function ConflictNote({ conflict, own }: { conflict: Conflict; own?: boolean | undefined }) {
  return (
    <div class="conflict" role="note">
      <p>
        <strong>{t('details_sourcesDisagree')}</strong> <span lang={textLang(own)}>{conflict.note}</span>
      </p>
      <ul>
        {conflict.sources.map((source) => (
          <li key={source.url}>
            <ExternalLink href={source.url}>{source.name}</ExternalLink>:{' '}
            <RatingLabel rating={source.rating} own={own} />
          </li>
        ))}
      </ul>
    </div>
  );
}
