// The URLs named on the command line, and the one check every source of URLs goes through: an
// engine takes only URLs of the site it was told about (IndexNow's host, Baidu's site).
import { absoluteUrl } from '../../src/lib/urls.ts';
import type { Target } from './record.ts';

/** Site paths (`/articles/x/`) and absolute URLs, as typed; no lastmod, the user says they changed. */
export function targetsFromArgs(args: readonly string[], siteUrl: string): Target[] {
  return args.map((arg) => {
    if (!URL.canParse(arg, siteUrl)) throw new Error(`“${arg}” 不是网址，也不是站内路径（例如 /articles/x/）。`);
    return { url: /^[a-z][a-z0-9+.-]*:/i.test(arg) ? new URL(arg).href : absoluteUrl(arg, siteUrl) };
  });
}

/** Whether a URL is under the site (same origin, and under its path when the site has one). */
export function onSite(url: string, siteUrl: string): boolean {
  const base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  const u = new URL(url);
  return u.origin === base.origin && u.pathname.startsWith(base.pathname);
}

/** One target per URL (the first wins); throws naming every URL that is not the site's. */
export function siteTargets(targets: readonly Target[], siteUrl: string, source: string): Target[] {
  const foreign = targets.filter((t) => !onSite(t.url, siteUrl)).map((t) => t.url);
  if (foreign.length) {
    throw new Error(
      [
        `${source}里有 ${foreign.length} 个网址不属于站点 ${siteUrl}（SITE_URL；构建时和推送时的 SITE_URL 要一致）：`,
        ...foreign.slice(0, 10).map((u) => `  ${u}`),
        ...(foreign.length > 10 ? ['  …'] : []),
      ].join('\n'),
    );
  }
  const seen = new Set<string>();
  return targets.filter((t) => !seen.has(t.url) && seen.add(t.url));
}
