// What counts as a source (FACTS.md, "Sources: what counts"): the document itself at a deep
// URL, from a publisher readers and quality raters can trust, read before the article's date.
import { formatDateZh } from '../dates.ts';
import { hostOf } from '../rel.ts';

/**
 * Publishers whose pages count towards an article's two sources: government and regulators,
 * the exchanges' disclosure sites, state and mainstream financial media. A host matches its
 * own entry or any subdomain of it. Self-media reposts (网易号, 搜狐号) are cited as second
 * best and do not count.
 */
export const REPUTABLE_PUBLISHERS: readonly string[] = [
  'gov.cn', // State Council, ministries, PBOC (pbc.gov.cn), NDRC, local governments and police
  'pcac.org.cn', // 中国支付清算协会
  'nifa.org.cn', // 中国互联网金融协会
  'szse.cn',
  'sse.com.cn',
  'cninfo.com.cn',
  'xinhuanet.com',
  'news.cn',
  'people.com.cn',
  'cctv.com',
  'cntv.cn',
  'cnr.cn',
  'chinanews.com',
  'chinanews.com.cn',
  'gmw.cn',
  'ce.cn',
  'china.com.cn',
  'ccn.com.cn', // 中国消费者报
  'cca.org.cn', // 中国消费者协会
  'jjckb.cn', // 经济参考报
  'cnstock.com', // 上海证券报
  'stcn.com', // 证券时报
  'cs.com.cn', // 中国证券报
  'caixin.com',
  'yicai.com',
  'thepaper.cn',
  'wenweipo.com', // 文汇报 (Hong Kong)
  'bjnews.com.cn',
  'legaldaily.com.cn',
  'cbimc.cn', // 中国银行保险报
  'financialnews.com.cn', // 金融时报
  'court.gov.cn',
  'chinacourt.org',
];

export function isReputable(url: string): boolean {
  const host = hostOf(url);
  return Boolean(host && REPUTABLE_PUBLISHERS.some((p) => host === p || host.endsWith(`.${p}`)));
}

/** A page of the site rather than its front page ("可检索……" homepages tell a reader nothing). */
export function isDeepLink(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return Boolean(search) || !/^\/(?:(?:index|default)\.\w+)?$/i.test(pathname);
  } catch {
    return false;
  }
}

export const MIN_STRONG_SOURCES = 2;

export interface SourceEntry {
  url: string;
  accessed?: Date;
}

export interface SourceHit {
  rule: 'source-homepage' | 'source-count' | 'source-accessed';
  /** The source URL the finding is about, to place it; none for the article as a whole. */
  url?: string;
  message: string;
}

/** Findings for one published article's `sources`, dated by its pubDate and updatedDate. */
export function sourceHits(sources: readonly SourceEntry[], dates: { pubDate?: Date; updatedDate?: Date }): SourceHit[] {
  const hits: SourceHit[] = [];
  for (const s of sources) {
    if (!isDeepLink(s.url)) {
      hits.push({
        rule: 'source-homepage',
        url: s.url,
        message: `来源 “${s.url}” 是网站首页，读者无法一键核对：换成刊登原文或报道的那一页`,
      });
    }
  }
  const strong = sources.filter((s) => isDeepLink(s.url) && isReputable(s.url)).length;
  if (strong < MIN_STRONG_SOURCES) {
    hits.push({
      rule: 'source-count',
      message: `至少需要 ${MIN_STRONG_SOURCES} 条来自政府、监管部门、交易所或主流媒体的具体页面来源（不是首页），现在有 ${strong} 条`,
    });
  }
  const last = dates.updatedDate ?? dates.pubDate;
  if (last) {
    for (const s of sources) {
      if (s.accessed && s.accessed.getTime() > last.getTime()) {
        const field = dates.updatedDate ? 'updatedDate' : 'pubDate';
        hits.push({
          rule: 'source-accessed',
          url: s.url,
          message: `来源的查阅日期 ${formatDateZh(s.accessed)} 晚于文章的 ${field}（${formatDateZh(last)}）：文章按新读到的来源修改过，请把 updatedDate 写成 ${formatDateZh(s.accessed)} 或更晚`,
        });
      }
    }
  }
  return hits;
}

/** Share of source entries, across articles, that are deep links. */
export function deepShare(sources: readonly string[]): number {
  return sources.length ? sources.filter(isDeepLink).length / sources.length : 1;
}
