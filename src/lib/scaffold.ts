// The frontmatter and body `npm run new` writes: every field of the content contract, required
// ones filled so the file validates as soon as draft is turned off, optional ones commented out,
// and what is left to write marked 待填写 (the linter's "placeholder" rule finds it).
import { PLACEHOLDER_MARK } from './lint/placeholder.ts';

export interface ScaffoldInput {
  title: string;
  /** YYYY-MM-DD, the day in Beijing. */
  date: string;
  category: string;
  categories: readonly string[];
  author: string;
  authors: readonly string[];
  tags: readonly string[];
  channels: readonly string[];
}

const choices = (ids: readonly string[]) => (ids.length ? ids.join('、') : '（暂无）');

export function articleTemplate(input: ScaffoldInput): string {
  const todo = PLACEHOLDER_MARK;
  // JSON strings are valid YAML double-quoted scalars: titles with ":" or quotes stay safe.
  const yamlString = (s: string) => JSON.stringify(s);
  return `---
title: ${yamlString(input.title)}
description: ${yamlString(`${todo}：用一两句话直接回答标题里的问题（建议不超过 78 个汉字）`)}
pubDate: ${input.date}
# updatedDate: ${input.date}       # 内容修订后填写，不能早于 pubDate
category: ${input.category}       # 可选：${choices(input.categories)}
tags: []       # 最多 8 个，可选：${choices(input.tags)}
author: ${input.author}       # 可选：${choices(input.authors)}
# reviewedBy: ${input.authors.find((a) => a !== input.author) ?? input.author}       # 审校人，可选：${choices(input.authors)}
draft: true       # 写完并核对后改为 false，才会发布
channels: []       # 申请渠道，可选：${choices(input.channels)}
faq: []       # 常见问题：每项写 q（问题）和 a（回答），格式见 docs/编辑指南.md
sources: []       # 参考资料，每项写 title 和 url（https），可加 publisher、accessed
# cover: ./images/${input.date}.jpg       # 封面图，路径相对于本文件
# coverAlt: 图片内容的文字说明       # 设置了 cover 就必须填写
# noindex: false       # true：页面照常生成，但不让搜索引擎收录
# redirectFrom: []       # 改过网址时，在这里写旧的 slug
# featured: false       # true：在首页置顶
# lint: { off: [] }       # 必要时关闭某条检查规则，见 docs/编辑指南.md
---

${todo}：第一段直接回答标题里的问题，一两句话说清结论，再往下展开。

## ${todo}：第一个小标题

${todo}：正文。事实要写明时间（如“截至2026年11月”），并在 sources 里列出出处。

## ${todo}：第二个小标题

${todo}：正文。相关文章请在正文里链接，写法是 \`[文章标题](/articles/文章的slug/)\`。
`;
}
