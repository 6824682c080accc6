/**
 * "Assess this product yourself": the way from any page's popup to the workspace's form, started from the
 * product's PAI assessment when the page is a rated product's, blank otherwise.
 */
export function AssessLink({ href, productName }: { href: string; productName?: string }) {
  return (
    <p class="assess-link">
      <a href={href} target="_blank" rel="noopener">
        {productName ? `Assess ${productName} yourself` : 'Assess this product yourself'}
      </a>
    </p>
  );
}

/** The workspace path (after its #) of a new assessment, started from a rated product when there is one. */
export function assessPath(productId?: string): string {
  return productId ? `/organisation/new?from=${encodeURIComponent(productId)}` : '/organisation/new';
}
