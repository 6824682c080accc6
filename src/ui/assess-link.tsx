/**
 * "Assess this product yourself": the way from any page's popup to the workspace's form, started from the
 * product's PAI assessment when the page is a rated product's, blank otherwise.
 */
import { t } from '../shared/i18n.ts';

export function AssessLink({ href, productName }: { href: string; productName?: string }) {
  return (
    <p class="assess-link">
      <a href={href} target="_blank" rel="noopener">
        {productName ? t('assess_product', { name: productName }) : t('assess_any')}
      </a>
    </p>
  );
}

/** The workspace path (after its #) of a new assessment, started from a rated product when there is one. */
export function assessPath(productId?: string): string {
  return productId ? `/organisation/new?from=${encodeURIComponent(productId)}` : '/organisation/new';
}
