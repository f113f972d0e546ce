// Every rule id the linter reports, with what it checks, for `lint: { off: [...] }` and the
// editor's guide. Severity is the usual one; a few rules report milder cases as warnings.
import type { Severity } from './types.ts';

export const RULES = {
  schema: { severity: 'error', summary: '与构建相同的格式和引用检查（字段、日期、分类、作者、渠道等）' },
  parse: { severity: 'error', summary: '正文无法按 Markdown/MDX 解析' },
  obfuscation: { severity: 'error', summary: '拆字、夹拼音、字里塞字母、同音换字等躲避过滤的写法' },
  'promo-domain': { severity: 'error', summary: '正文里写出的网址不是已登记渠道、来源或本站' },
  'promo-domain-repeat': { severity: 'error', summary: '同一个外部域名反复出现' },
  'channel-domain': {
    severity: 'error',
    summary: '文中写出或直接链接了有合作或非官方渠道的网址，应改用 channels 或 <Channel>（有合作的为错误，否则为警告）',
  },
  'official-claim': { severity: 'error', summary: '把非官方渠道（第三方代理商）的名称或网址称为“官网”“官方”' },
  'ad-law-words': { severity: 'warning', summary: '《广告法》第九条禁止的绝对化用语（“全网最低”“行业第一”“最佳”等）' },
  'title-length': { severity: 'warning', summary: '标题在百度/Google 结果页会被截断' },
  'title-stacking': { severity: 'warning', summary: '标题堆砌关键词，或含电话、QQ/微信号、网址' },
  'description-length': { severity: 'warning', summary: '摘要在百度/Google 结果页会被截断' },
  'title-duplicate': { severity: 'error', summary: '标题与其他文章完全相同' },
  'description-duplicate': { severity: 'error', summary: '摘要与其他文章完全相同' },
  'keyword-stuffing': { severity: 'warning', summary: '同一个词或词组重复过多' },
  'no-h1': { severity: 'error', summary: '正文里用了一级标题 #' },
  'heading-skip': { severity: 'warning', summary: '标题层级跳级（如 ## 之后直接 ####）' },
  'empty-section': { severity: 'warning', summary: '标题下面没有内容' },
  'image-alt': { severity: 'error', summary: '图片没有替代文字' },
  'link-text': { severity: 'error', summary: '链接没有文字（错误）或只写“点击这里”（警告）' },
  'unsourced-claim': { severity: 'warning', summary: '“根据相关规定”“央行规定”等说法，但没有列出 sources' },
  'internal-link': { severity: 'error', summary: '站内链接指向不存在的文章、分类或标签（错误），或旧网址、未发布文章（警告）' },
  orphan: { severity: 'warning', summary: '孤立文章：没有其他文章链接到它' },
  'source-homepage': { severity: 'warning', summary: '来源是网站首页，不是刊登原文或报道的那一页' },
  'source-count': { severity: 'error', summary: '少于 2 条来自政府、监管部门、交易所或主流媒体的具体页面来源' },
  'source-accessed': { severity: 'error', summary: '来源的查阅日期晚于文章的更新日期（或发布日期）' },
  'stale-channel': { severity: 'warning', summary: '引用的渠道太久没有核实' },
  placeholder: { severity: 'error', summary: '非草稿文章里还有“待填写”等占位文字' },
  'lint-off': { severity: 'warning', summary: 'lint.off 里写了不存在的规则 id' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type RuleId = keyof typeof RULES;

/** Rules a file may not switch off: the build enforces them anyway. */
export const ALWAYS_ON: readonly RuleId[] = ['schema', 'parse', 'lint-off'];

export const isRuleId = (id: string): id is RuleId => Object.hasOwn(RULES, id);
