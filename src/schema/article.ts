import { z } from 'astro/zod';
import { contentDate, idField, text, uniqueIds, webUrl } from './fields.ts';

// Built once: Astro calls the collection's schema function for every entry, and rebuilding all
// of these field schemas each time was ~11% of content sync at 10,000 articles (bench profile).
const fields = {
  title: text(60, '标题'),
  description: text(200, '摘要'),
  pubDate: contentDate,
  updatedDate: contentDate.optional(),
  category: idField,
  tags: uniqueIds(8),
  author: idField,
  reviewedBy: idField.optional(),
  draft: z.boolean({ error: 'true 或 false' }).default(false),
  slug: idField.optional(),
  channels: uniqueIds(),
  faq: z
    .array(z.strictObject({ q: text(200, '问题'), a: text(2000, '回答') }), {
      error: '问答列表，每项写 q（问题）和 a（回答）',
    })
    .default([]),
  sources: z
    .array(
      z.strictObject({
        title: text(200, '来源标题'),
        url: webUrl,
        publisher: text(100, '发布者').optional(),
        accessed: contentDate.optional(),
      }),
      { error: '来源列表，每项写 title 和 url' },
    )
    .default([]),
  coverAlt: text(200, '封面图说明').optional(),
  noindex: z.boolean({ error: 'true 或 false' }).default(false),
  redirectFrom: uniqueIds(),
  featured: z.boolean({ error: 'true 或 false' }).default(false),
  /** Per-file switches for the content linter (`lint: { off: [rule-id] }`). */
  lint: z.strictObject({ off: z.array(z.string()).default([]) }).optional(),
};

function checkArticle(data: { pubDate: Date; updatedDate?: Date; cover?: unknown; coverAlt?: string }, ctx: z.RefinementCtx) {
  if (data.updatedDate && data.updatedDate.getTime() < data.pubDate.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['updatedDate'], input: data.updatedDate, message: '不早于 pubDate（发布日期）的日期' });
  }
  if (data.cover !== undefined && !data.coverAlt) {
    ctx.addIssue({ code: 'custom', path: ['coverAlt'], input: undefined, message: '设置了 cover 时必须填写 coverAlt（封面图的文字说明）' });
  }
}

/**
 * The article frontmatter of CONTENT-CONTRACT.md. `image` is Astro's image() helper inside the
 * build (it resolves paths per entry, so only `cover` is made per call); the standalone
 * validator passes a plain string schema and checks the file itself.
 */
export function articleSchema<Image extends z.ZodType>(image: () => Image) {
  return z.strictObject({ ...fields, cover: image().optional() }).superRefine(checkArticle);
}

export type ArticleData = z.output<ReturnType<typeof articleSchema<z.ZodString>>>;
