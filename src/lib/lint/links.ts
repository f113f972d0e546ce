// Rules "internal-link" (a link to an article, category or tag that does not exist) and
// "orphan" (孤立文章: a published article no other published article links to).
import { hostOf, normalizeHost } from '../rel.ts';
import type { Severity } from './types.ts';

export interface InternalTarget {
  kind: 'articles' | 'categories' | 'tags';
  id: string;
  /** Written without the trailing slash the site's URLs end with. */
  noSlash: boolean;
}

const PATH = /^\/(articles|categories|tags)\/([^/?#]+)(\/(?:\d+\/?)?)?(?:[?#].*)?$/;

/** The site page a link points to, for links written as /articles/x/ or with the site's URL. */
export function internalTarget(url: string, siteUrl: string): InternalTarget | undefined {
  let path = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    const host = hostOf(path.startsWith('//') ? `https:${path}` : path);
    if (!host || host !== normalizeHost(new URL(siteUrl).hostname)) return undefined;
    path = new URL(path.startsWith('//') ? `https:${path}` : path).pathname;
  }
  const m = PATH.exec(path);
  if (!m) return undefined;
  let id = m[2]!;
  try {
    id = decodeURIComponent(id);
  } catch {
    // Keep it as written: the message quotes it.
  }
  return { kind: m[1] as InternalTarget['kind'], id, noSlash: !m[3] };
}

export interface ArticleIndex {
  /** Live slug → whether readers can see it now. */
  live: ReadonlyMap<string, { file: string; published: boolean }>;
  /** Old slug (redirectFrom) → the slug it now redirects to. */
  redirects: ReadonlyMap<string, string>;
}

export function buildArticleIndex(
  articles: readonly { slug: string; file: string; published: boolean; redirectFrom: readonly string[] }[],
): ArticleIndex {
  const live = new Map<string, { file: string; published: boolean }>();
  const redirects = new Map<string, string>();
  for (const a of articles) live.set(a.slug, { file: a.file, published: a.published });
  for (const a of articles) for (const old of a.redirectFrom) if (!live.has(old)) redirects.set(old, a.slug);
  return { live, redirects };
}

/** Resolves a link target to the live slug it reaches (following a redirect), if any. */
export function resolveArticle(target: InternalTarget, index: ArticleIndex): string | undefined {
  if (target.kind !== 'articles') return undefined;
  if (index.live.has(target.id)) return target.id;
  return index.redirects.get(target.id);
}

export function checkInternalLink(
  url: string,
  target: InternalTarget,
  index: ArticleIndex,
  known: { categories: ReadonlySet<string>; tags: ReadonlySet<string> },
  fromPublished: boolean,
): { severity: Severity; message: string } | undefined {
  const shown = `“${url}”`;
  if (target.kind === 'categories' || target.kind === 'tags') {
    const ids = target.kind === 'categories' ? known.categories : known.tags;
    if (!ids.has(target.id)) {
      const where = target.kind === 'categories' ? 'content/taxonomy/categories.yaml' : 'content/taxonomy/tags.yaml';
      return {
        severity: 'error',
        message: `站内链接 ${shown} 指向不存在的${target.kind === 'categories' ? '分类' : '标签'} “${target.id}”（${where} 里没有），读者会看到 404。请改成已有的 id`,
      };
    }
  } else if (index.live.has(target.id)) {
    if (fromPublished && !index.live.get(target.id)!.published) {
      return {
        severity: 'warning',
        message: `站内链接 ${shown} 指向尚未发布的文章（草稿或定时发布），现在点开是 404。请等它发布后再加链接，或先删掉`,
      };
    }
  } else if (index.redirects.has(target.id)) {
    const now = index.redirects.get(target.id)!;
    return {
      severity: 'warning',
      message: `站内链接 ${shown} 用的是旧网址（已在 redirectFrom 中跳转到 /articles/${now}/），请直接改成 /articles/${now}/`,
    };
  } else {
    return {
      severity: 'error',
      message: `站内链接 ${shown} 指向不存在的文章 “${target.id}”，读者会看到 404。请核对 slug（文章文件名或 frontmatter 里的 slug）`,
    };
  }
  if (target.noSlash) {
    return {
      severity: 'warning',
      message: `站内链接 ${shown} 末尾缺少 “/”。本站网址都以 / 结尾，请写成 “${url.replace(/([^/?#])([?#].*)?$/, '$1/$2')}”`,
    };
  }
  return undefined;
}

/**
 * Published, indexable articles that no other published article links to. Drafts and noindex
 * pages are left out: nobody is meant to find them through links yet.
 */
export function findOrphans(
  articles: readonly { slug: string; file: string; published: boolean; noindex: boolean; linksTo: ReadonlySet<string> }[],
): string[] {
  const linked = new Set<string>();
  for (const a of articles) if (a.published) for (const slug of a.linksTo) if (slug !== a.slug) linked.add(slug);
  return articles.filter((a) => a.published && !a.noindex && !linked.has(a.slug)).map((a) => a.file);
}

export const ORPHAN_MESSAGE =
  '孤立文章：没有任何其他已发布文章链接到这篇文章，读者和搜索引擎只能从列表页找到它。请在一两篇相关文章的正文里加上指向它的链接';
