// Share cards: the 1200×630 picture WeChat, QQ, Weibo and Slack show with a link. This module
// says which card each indexable page has and where it lives; pages read it for og:image, and
// the build (scripts/share-cards/) draws exactly the cards it lists, so the two cannot disagree.
// A card's file name is a hash of what it shows and of the template's version: a card is drawn
// again only when one of them changes.
import { createHash } from 'node:crypto';
import { formatDateZh } from './dates.ts';
import { isIndexable, type PublishFields } from './published.ts';
import { paths } from './urls.ts';

export const SHARE_CARD = { width: 1200, height: 630, type: 'image/png' } as const;
/** Bump when scripts/share-cards/template.ts draws differently: every card's URL changes. */
export const SHARE_CARD_TEMPLATE = 1;

export interface ShareCard {
  /** The small line above the title: a category, 分类, 标签… */
  kicker: string;
  title: string;
  /** The line at the bottom, after the site name (an article's date). */
  date?: string;
}

/** The site's folder of share cards (only cards: the build script replaces it whole). */
export const SHARE_CARD_DIR = 'og';

export function shareCardPath(card: ShareCard, siteName: string): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([SHARE_CARD_TEMPLATE, siteName, card.kicker, card.title, card.date ?? '']))
    .digest('hex');
  return `/${SHARE_CARD_DIR}/${hash.slice(0, 20)}.png`;
}

/** What a reader who cannot see the picture is told it shows. */
export function shareCardAlt(card: ShareCard, siteName: string): string {
  return [`${siteName}：${card.title}`, card.kicker, card.date].filter(Boolean).join('，');
}

interface ArticleFields extends PublishFields {
  title: string;
  category: string;
  updatedDate?: Date;
}

export const articleCard = (data: ArticleFields, categoryName: string): ShareCard => ({
  kicker: categoryName,
  title: data.title,
  date: formatDateZh(data.updatedDate ?? data.pubDate),
});
export const homeCard = (tagline: string): ShareCard => ({ kicker: '有来源、标日期的POS机知识', title: tagline });
export const categoryCard = (name: string): ShareCard => ({ kicker: '分类', title: name });
export const tagCard = (name: string): ShareCard => ({ kicker: '标签', title: name });
export const channelsCard = (): ShareCard => ({ kicker: '申请渠道目录', title: '在哪里办理POS机' });
export const aboutCard = (): ShareCard => ({ kicker: '关于本站', title: '编辑原则、合作披露与免责声明' });
export const archiveCard = (): ShareCard => ({ kicker: '文章归档', title: '全部已发布文章' });
export const authorCard = (name: string): ShareCard => ({ kicker: '作者', title: name });

export interface CardSite {
  name: string;
  tagline: string;
  articles: readonly { slug: string; data: ArticleFields & { cover?: unknown } }[];
  categories: ReadonlyMap<string, { name: string }>;
  tags: ReadonlyMap<string, { name: string }>;
  authors: ReadonlyMap<string, { name: string }>;
}

/**
 * Every card the site's pages use, by page path: home, the channel directory, about, the
 * archive, each author, each category and tag (all their pages share one), and each indexable
 * article without a cover (a cover is its picture).
 */
export function siteShareCards(site: CardSite, now: Date): Map<string, ShareCard> {
  const cards = new Map<string, ShareCard>([
    [paths.home(), homeCard(site.tagline)],
    [paths.channels(), channelsCard()],
    [paths.about(), aboutCard()],
    [paths.archive(), archiveCard()],
  ]);
  for (const [id, author] of site.authors) cards.set(paths.author(id), authorCard(author.name));
  for (const [id, category] of site.categories) cards.set(paths.category(id), categoryCard(category.name));
  for (const [id, tag] of site.tags) cards.set(paths.tag(id), tagCard(tag.name));
  for (const article of site.articles) {
    if (article.data.cover || !isIndexable(article.data, now)) continue;
    cards.set(paths.article(article.slug), articleCard(article.data, site.categories.get(article.data.category)?.name ?? ''));
  }
  return cards;
}

/** The card as a page's og:image (src/lib/seo.ts PageImage). */
export function shareCardImage(card: ShareCard, siteName: string) {
  return {
    src: shareCardPath(card, siteName),
    width: SHARE_CARD.width,
    height: SHARE_CARD.height,
    type: SHARE_CARD.type,
    alt: shareCardAlt(card, siteName),
  };
}
