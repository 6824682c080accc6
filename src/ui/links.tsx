import type { ComponentChildren } from 'preact';

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

/** Only https: addresses become links: a dataset's URL is data, and data may be wrong or hostile. */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
