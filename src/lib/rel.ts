// The one outbound-link policy (DESIGN.md): noopener on every external link; sponsored channels
// get "sponsored nofollow"; external hosts that are neither a channel nor a cited source get
// nofollow. Used by the Sätteri plugin for Markdown bodies and by the channel components.
import { createHash } from 'node:crypto';

/** The visible label after every link to a sponsored channel, and its tooltip. */
export const SPONSORED_LABEL = '广告';
export const SPONSORED_TITLE = '本站与该渠道有商业合作';

export interface LinkRegistry {
  /** Host → whether the channel on that host is sponsored. */
  channelHosts: ReadonlyMap<string, boolean>;
  /** Hosts of every URL listed in some article's `sources`. */
  sourceHosts: ReadonlySet<string>;
  /** The site's own host: links there are internal. */
  siteHost: string;
}

export type LinkKind = 'internal' | 'sponsored' | 'channel' | 'source' | 'other';

export function normalizeHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

export function hostOf(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? normalizeHost(url.hostname) : undefined;
  } catch {
    return undefined;
  }
}

export function classifyLink(href: string, registry: LinkRegistry): LinkKind {
  const host = hostOf(href);
  if (!host || host === normalizeHost(registry.siteHost)) return 'internal';
  const sponsored = registry.channelHosts.get(host);
  if (sponsored === true) return 'sponsored';
  if (sponsored === false) return 'channel';
  if (registry.sourceHosts.has(host)) return 'source';
  return 'other';
}

export function relFor(kind: LinkKind): string | undefined {
  switch (kind) {
    case 'internal':
      return undefined;
    case 'sponsored':
      return 'sponsored nofollow noopener';
    case 'channel':
    case 'source':
      return 'noopener';
    case 'other':
      return 'nofollow noopener';
  }
}

export function buildRegistry(
  channels: Iterable<{ url: string; sponsored: boolean }>,
  sourceUrls: Iterable<string>,
  siteUrl: string,
): LinkRegistry {
  const channelHosts = new Map<string, boolean>();
  for (const channel of channels) {
    const host = hostOf(channel.url);
    // A host shared by a sponsored and an unsponsored channel counts as sponsored: disclose more, not less.
    if (host) channelHosts.set(host, channelHosts.get(host) === true || channel.sponsored);
  }
  const sourceHosts = new Set<string>();
  for (const url of sourceUrls) {
    const host = hostOf(url);
    if (host) sourceHosts.add(host);
  }
  return { channelHosts, sourceHosts, siteHost: new URL(siteUrl).hostname };
}

/** The registry of a content tree: its channels and every article's sources. */
export function contentLinkRegistry(
  content: {
    channels: ReadonlyMap<string, { url: string; sponsored: boolean }>;
    articles: readonly { data: { sources: readonly { url: string }[] } }[];
  },
  siteUrl: string,
): LinkRegistry {
  return buildRegistry(
    content.channels.values(),
    content.articles.flatMap((a) => a.data.sources.map((s) => s.url)),
    siteUrl,
  );
}

/**
 * A short fingerprint of everything the link policy depends on. Astro's content cache keeps each
 * article's rendered body until the article's own file changes, so the cache must be keyed by
 * this too: otherwise a channel that became sponsored would keep unlabelled links in unchanged
 * articles.
 */
export function registryDigest(registry: LinkRegistry, newTab = false): string {
  const state = JSON.stringify([
    [...registry.channelHosts].sort(([a], [b]) => a.localeCompare(b)),
    [...registry.sourceHosts].sort(),
    registry.siteHost,
    newTab,
  ]);
  return createHash('sha256').update(state).digest('hex').slice(0, 12);
}
