// Synthetic zh-CN articles for the build benchmark. Pure and seeded: the same options always
// give the same corpus, so two runs (or two machines) time the same input.
//
// Prose is recombined from sentences of the real articles, so Markdown, segmentation and the
// search index see real Chinese; each article also gets its own made-up terms so that the
// vocabulary keeps growing with N as on a real site (an index over the same few hundred
// sentences repeated 10,000 times would be unrealistically small).
import * as yaml from 'js-yaml';
import { countCjk, stripMarkdown } from '../../src/lib/reading-time.ts';
import { suggestSlug } from '../../src/lib/slug.ts';

export interface CorpusIds {
  categories: string[];
  tags: string[];
  channels: string[];
  authors: string[];
}

export interface CorpusSource {
  title: string;
  url: string;
  publisher?: string;
}

export interface CorpusOptions {
  count: number;
  seed?: number;
  ids: CorpusIds;
  /** Prose sentences to recombine (see harvestSentences); a built-in set is used when empty. */
  sentences?: string[];
  sources?: CorpusSource[];
  /** Every pubDate falls before this day (YYYY-MM-DD), so nothing is scheduled for later. */
  before?: string;
}

export interface SyntheticArticle {
  slug: string;
  title: string;
  description: string;
  pubDate: string;
  updatedDate?: string;
  category: string;
  tags: string[];
  channels: string[];
  author: string;
  reviewedBy?: string;
  featured: boolean;
  faq: { q: string; a: string }[];
  sources: CorpusSource[];
  /** Slugs this article links to from its body. */
  links: string[];
  body: string;
}

/** mulberry32: tiny, fast and good enough to pick words. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FALLBACK_SENTENCES = [
  'POS机激活前要先核对收单机构的名称和支付业务许可证编号。',
  '正规收单机构不会以激活为名要求商户先交一笔押金。',
  '长期不刷卡的机器可能被收单机构暂停交易，需要重新核验商户信息。',
  '手续费由发卡行服务费、网络服务费和收单服务费三部分组成。',
  '遇到自称客服的来电要求转账时，应挂断后拨打官网公布的电话核实。',
  '商户可以在收单机构的官方App里查看每笔交易的实际到账金额。',
  '退机时要拿到书面的注销凭证，并确认押金退回的时间和方式。',
  '跳码会让交易被记到与实际经营不符的商户类别下，风险由商户承担。',
  '一清机的资金由持牌机构直接结算到商户本人的银行账户。',
  '日常保养要注意防潮、防摔，电池长时间不用也要定期充电。',
  '办理前先在中国人民银行官网查询机构是否持有有效的支付牌照。',
  '费率以签订的协议为准，推广页面上的数字只是常见报价。',
];

const CITIES = [
  '北京',
  '上海',
  '广州',
  '深圳',
  '杭州',
  '成都',
  '武汉',
  '西安',
  '南京',
  '重庆',
  '天津',
  '苏州',
  '长沙',
  '郑州',
  '青岛',
  '沈阳',
  '昆明',
  '合肥',
  '福州',
  '厦门',
  '济南',
  '南宁',
  '贵阳',
  '太原',
  '石家庄',
  '哈尔滨',
  '长春',
  '南昌',
  '兰州',
  '乌鲁木齐',
];
const TRADES = [
  '餐饮店',
  '便利店',
  '水果店',
  '理发店',
  '服装店',
  '药店',
  '五金店',
  '花店',
  '早餐店',
  '汽修店',
  '奶茶店',
  '书店',
  '母婴店',
  '烟酒店',
  '洗衣店',
];
const TOPICS = [
  'POS机激活要交钱吗',
  'POS机一年没刷还能用吗',
  'POS机押金能退吗',
  'POS机费率怎么算',
  '如何识别免费送POS机的骗局',
  '一清机和二清机有什么区别',
  '跳码对商户有什么影响',
  'POS机退机流程',
  'POS机日常保养要点',
  '在哪里办理正规POS机',
  '收款码和POS机怎么选',
  '商户巡检要准备什么',
  '接到假客服电话怎么办',
  'POS机流量费合理吗',
  '如何核实收单机构资质',
  'POS机到账慢怎么办',
  'POS机换绑结算卡的方法',
  'POS机签购单要保存多久',
  '信用卡刷卡限额是怎么回事',
  'POS机注销后还会扣费吗',
];
const ASPECTS = ['常见误区', '办理步骤', '费用明细', '风险提示', '核实方法', '注意事项', '真实案例', '处理流程'];
const HEADINGS = [
  '先说结论',
  '为什么会这样',
  '具体怎么做',
  '需要准备的材料',
  '费用怎么看',
  '常见的坑',
  '遇到问题找谁',
  '和其他方式比较',
  '监管怎么规定',
  '小结',
];
const TERM_SENTENCES = [
  '这里说的“{}”，指的是本文讨论的具体情况。',
  '有些地方把这种做法叫作“{}”。',
  '如果对方提到“{}”，先问清楚具体指什么。',
];
const SUBHEADINGS = ['第一步', '第二步', '第三步', '特殊情况', '补充说明'];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function pickSome<T>(r: () => number, list: readonly T[], min: number, max: number): T[] {
  const want = Math.min(list.length, min + Math.floor(r() * (max - min + 1)));
  const pool = [...list];
  const out: T[] = [];
  while (out.length < want) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]!);
  return out;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Plain prose sentences from Markdown bodies: no headings, tables, lists, links, HTML or code,
 * so that recombining them can never produce broken Markdown or MDX.
 */
export function harvestSentences(bodies: string[]): string[] {
  const seen = new Set<string>();
  for (const body of bodies) {
    for (const line of body.split('\n')) {
      const text = line.trim();
      if (!text || /^([#|>\-*+`<]|\d+\.|import )/.test(text)) continue;
      for (const sentence of text.match(/[^。！？]+[。！？]/g) ?? []) {
        const s = sentence.trim();
        if (s.length >= 12 && s.length <= 90 && !/[[\]()<>{}*_`#|\\]|https?:/.test(s) && countCjk(s) >= 8) seen.add(s);
      }
    }
  }
  return [...seen];
}

/** Two or three characters drawn from the prose: a stand-in for an article's own jargon. */
function makeTerm(r: () => number, chars: string): string {
  let term = '';
  const length = 2 + Math.floor(r() * 2);
  while (term.length < length) term += chars[Math.floor(r() * chars.length)];
  return term;
}

interface Plan {
  slug: string;
  title: string;
  city: string;
}

function plans(count: number, seed: number): Plan[] {
  const r = rng(seed ^ 0x51ab);
  const topicSlugs = TOPICS.map((t) => suggestSlug(t));
  return Array.from({ length: count }, (_, i) => {
    const t = Math.floor(r() * TOPICS.length);
    const city = pick(r, CITIES);
    const title = `${city}${pick(r, TRADES)}：${TOPICS[t]}（${pick(r, ASPECTS)}）`;
    const base = topicSlugs[t]!.split('-').slice(0, 10).join('-');
    return { slug: `${base}-${String(i + 1).padStart(5, '0')}`, title, city };
  });
}

function paragraph(r: () => number, sentences: string[], term: string, min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, sentences));
  if (r() < 0.15) out.push(pick(r, TERM_SENTENCES).replace('{}', term));
  return out.join('');
}

function table(r: () => number, city: string): string {
  const rows = 3 + Math.floor(r() * 3);
  const lines = ['| 项目 | 常见做法 | 需要核实的内容 | 参考金额 |', '| --- | --- | --- | --- |'];
  for (let i = 0; i < rows; i++) {
    lines.push(`| ${pick(r, ASPECTS)} | ${city}${pick(r, TRADES)}的做法 | 以协议和官网公布为准 | ${(r() * 500).toFixed(0)}元 |`);
  }
  return lines.join('\n');
}

function list(r: () => number, sentences: string[]): string {
  const items = 3 + Math.floor(r() * 3);
  return Array.from({ length: items }, () => `- ${pick(r, sentences)}`).join('\n');
}

export function makeCorpus(options: CorpusOptions): SyntheticArticle[] {
  const seed = options.seed ?? 1;
  const r = rng(seed);
  const sentences = options.sentences?.length ? options.sentences : FALLBACK_SENTENCES;
  const chars = [...new Set(sentences.join('').match(/[\u4e00-\u9fff]/g) ?? [])].join('');
  const { ids } = options;
  const end = Date.parse(`${options.before ?? '2026-12-01'}T00:00:00Z`) - 86_400_000;
  const start = end - 6 * 365 * 86_400_000;
  const all = plans(options.count, seed);

  return all.map((plan, i) => {
    const term = makeTerm(r, chars);
    const pub = start + Math.floor(r() * (end - start));
    const updated = r() < 0.3 ? pub + Math.floor(r() * (end - pub)) : undefined;
    const others = all.length > 1 ? [1, 2].map(() => all[(i + 1 + Math.floor(r() * (all.length - 1))) % all.length]!) : [];
    const target = 1400 + Math.floor(r() * 300);

    const blocks: string[] = [paragraph(r, sentences, term, 2, 3)];
    const sections = pickSome(r, HEADINGS, 5, 7);
    const tableAt = Math.floor(r() * sections.length);
    const listAt = (tableAt + 1 + Math.floor(r() * (sections.length - 1))) % sections.length;
    const linkAt = Math.floor(r() * sections.length);
    sections.forEach((heading, s) => {
      blocks.push(`## ${heading}`, paragraph(r, sentences, term, 2, 4));
      if (s === tableAt) blocks.push(table(r, plan.city));
      if (s === listAt) blocks.push(list(r, sentences));
      if (s === linkAt && others.length) {
        blocks.push(
          `相关情况可以参考[${others[0]!.title}](/articles/${others[0]!.slug}/)，也可以看看[${others[1]!.title}](/articles/${others[1]!.slug}/)。`,
        );
      }
      if (r() < 0.4) blocks.push(`### ${pick(r, SUBHEADINGS)}`, paragraph(r, sentences, term, 1, 3));
    });
    // Top up to the target length after the structure, as long articles grow in practice.
    while (countCjk(stripMarkdown(blocks.join('\n'))) < target) blocks.push(paragraph(r, sentences, term, 1, 2));

    const faqCount = r() < 0.5 ? 1 + Math.floor(r() * 3) : 0;
    const faq = Array.from({ length: faqCount }, () => ({ q: `${pick(r, TOPICS)}？`, a: paragraph(r, sentences, term, 1, 2) }));
    const pool = options.sources ?? [];
    const sources = pool.length && r() < 0.7 ? pickSome(r, pool, 1, 3) : [];
    const authors = ids.authors;
    const author = pick(r, authors);
    const reviewers = authors.filter((a) => a !== author);
    return {
      slug: plan.slug,
      title: plan.title,
      description: `${plan.title.split('（')[0]}。${pick(r, sentences)}`.slice(0, 200),
      pubDate: isoDay(pub),
      updatedDate: updated === undefined ? undefined : isoDay(updated),
      category: pick(r, ids.categories),
      tags: pickSome(r, ids.tags, 1, 4),
      channels: pickSome(r, ids.channels, 0, 2),
      author,
      reviewedBy: reviewers.length && r() < 0.5 ? pick(r, reviewers) : undefined,
      featured: i < 3,
      faq,
      sources,
      links: others.map((o) => o.slug),
      body: blocks.join('\n\n'),
    };
  });
}

/** The article as an editor's file under content/articles/. */
export function toMarkdown(a: SyntheticArticle, accessed = '2026-11-20'): string {
  const data: Record<string, unknown> = {
    title: a.title,
    description: a.description,
    pubDate: a.pubDate,
    ...(a.updatedDate && a.updatedDate > a.pubDate ? { updatedDate: a.updatedDate } : {}),
    category: a.category,
    tags: a.tags,
    author: a.author,
    ...(a.reviewedBy ? { reviewedBy: a.reviewedBy } : {}),
    ...(a.channels.length ? { channels: a.channels } : {}),
    ...(a.featured ? { featured: true } : {}),
    ...(a.faq.length ? { faq: a.faq } : {}),
    ...(a.sources.length ? { sources: a.sources.map((s) => ({ ...s, accessed })) } : {}),
  };
  return `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${a.body}\n`;
}

/** The same article for the bare Hugo site: only what its one layout reads. */
export function toHugo(a: SyntheticArticle): string {
  const data = { title: a.title, description: a.description, date: a.pubDate, slug: a.slug };
  return `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${a.body}\n`;
}
