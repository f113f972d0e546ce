// What the web editor's form says about each field, and which fields pick from a registry.
// The schemas say what a field holds; these say how to present it. Every schema field needs an
// entry here: the generator stops on a field it has no words for (tests/unit/editor-cms-config.test.ts).
import { KIND_LABELS } from '../lib/channels.ts';
import type { CmsCollection } from './cms-schema.ts';

export interface FieldText {
  label: string;
  hint?: string;
}

/** Keyed by field path: `faq.q` is the `q` of each `faq` item. */
export const FIELD_TEXTS: Record<CmsCollection, Record<string, FieldText>> = {
  articles: {
    title: { label: '标题', hint: '搜索结果里大约只显示 30 个汉字，重要的词放前面；全站不能重复。' },
    description: { label: '摘要', hint: '出现在搜索结果和分享卡片里，一两句话直接给出结论，建议不超过 78 个汉字。' },
    pubDate: { label: '发布日期', hint: '晚于当前时间就是定时发布。' },
    updatedDate: { label: '更新日期', hint: '内容有实质修订时填写，不能早于发布日期。' },
    category: { label: '分类' },
    tags: { label: '标签' },
    author: { label: '作者' },
    reviewedBy: { label: '审校' },
    draft: { label: '草稿', hint: '草稿不会发布。写完、检查没有错误后关掉。' },
    slug: {
      label: '网址（slug）',
      hint: '文章网址 /articles/slug/。新建时留空，会按标题的拼音自动生成；发布以后不要再改。',
    },
    channels: { label: '申请渠道', hint: '文末“申请渠道”框里列出的渠道。' },
    faq: { label: '常见问题' },
    'faq.q': { label: '问题' },
    'faq.a': { label: '回答' },
    sources: { label: '参考资料', hint: '发布前至少两条来自政府、监管部门或主流媒体的具体页面（不是网站首页）。' },
    'sources.title': { label: '标题' },
    'sources.url': { label: '网址', hint: '照抄你读到原文的那个页面地址，不要把 http 改成 https。' },
    'sources.publisher': { label: '发布者' },
    'sources.accessed': { label: '查阅日期' },
    cover: { label: '封面图', hint: '图片保存在 content/articles/images/。' },
    coverAlt: { label: '封面图说明', hint: '设置了封面图时必填。' },
    noindex: { label: '不让搜索引擎收录' },
    redirectFrom: { label: '旧网址（redirectFrom）', hint: '改过网址时，把旧的 slug 写在这里，旧网址会跳转到这篇文章。' },
    featured: { label: '首页推荐' },
    lint: { label: '检查设置' },
    'lint.off': { label: '本文关闭的检查规则', hint: '只在确认是误报时关闭，见编辑指南第六节。' },
  },
  channels: {
    name: { label: '名称' },
    kind: { label: '类型', hint: '代理商的网站不要称为“官网”。' },
    url: { label: '网址' },
    description: { label: '说明' },
    sponsored: { label: '有商业合作（广告）', hint: '有返佣、付费推广等合作时必须打开：页面会显示“广告”标记和合作披露。' },
    verifiedAt: { label: '核实日期', hint: '最后一次核实这个渠道的日期。' },
    licence: { label: '牌照信息' },
    hotline: { label: '客服电话', hint: '从官网抄录。' },
  },
  authors: {
    name: { label: '名字' },
    bio: { label: '简介', hint: '如实写这个人或小组做什么，不要编造头衔和资历。' },
    url: { label: '个人主页' },
    role: { label: '角色' },
  },
};

/** The registries a field may pick from (ids that the build checks exist). */
export type RegistryName = 'categories' | 'tags' | 'authors' | 'channels' | 'lintRules';

/**
 * Fields whose values are ids in a registry. The zod schemas only say "an id"; which registry
 * is the build's cross-reference check (src/schema/validate.ts), which the test holds this to.
 */
export const REFERENCES: Record<CmsCollection, Record<string, RegistryName>> = {
  articles: {
    category: 'categories',
    tags: 'tags',
    author: 'authors',
    reviewedBy: 'authors',
    channels: 'channels',
    'lint.off': 'lintRules',
  },
  channels: {},
  authors: {},
};

/** Display names of enum values, where the site already has them. */
export const ENUM_LABELS: Partial<Record<CmsCollection, Record<string, Record<string, string>>>> = {
  channels: { kind: KIND_LABELS },
};

/**
 * Where a new entry starts differently from the schema's default: an article made in the
 * browser starts as a draft, as `./site new` makes it.
 */
export const NEW_ENTRY_DEFAULTS: Partial<Record<CmsCollection, Record<string, unknown>>> = {
  articles: { draft: true },
};
