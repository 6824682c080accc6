import type { ComponentChildren } from 'preact';
import { isHttpsUrl } from '../core/https-url.ts';

/** A link that opens in a new tab, and only ever to an https: address; anything else renders as plain text. */
export function ExternalLink({
  href,
  children,
  class: className,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
}) {
  if (!isHttpsUrl(href)) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
