// What the dev server says about an article readers cannot see yet (src/lib/published.ts
// decides which those are): the banner on its page and the mark beside its title in listings.
// A production build never shows these: it never contains such an article.
import { formatDateTimeZh } from './dates.ts';
import type { PublicationStatus } from './published.ts';

/** The mark beside a title in dev listings: 草稿 or 定时; nothing for a published article. */
export function previewMark(status: PublicationStatus): string | undefined {
  return status === 'draft' ? '草稿' : status === 'scheduled' ? '定时' : undefined;
}

/** The banner above a draft's or a scheduled article's title in the dev server. */
export function previewBanner(status: PublicationStatus, pubDate: Date): { label: string; text: string } | undefined {
  if (status === 'draft') {
    return {
      label: '草稿',
      text: '这篇文章的 draft 是 true，只在本地预览（./site dev）里显示。正式构建不会生成这个页面，列表、搜索、RSS 和网站地图里也没有它；发布时把 draft 改成 false。',
    };
  }
  if (status === 'scheduled') {
    return {
      label: `定时发布：${formatDateTimeZh(pubDate)}（北京时间）`,
      text: '到这个时间以后的第一次构建才会发布它；在那之前，正式构建不会生成这个页面，列表、搜索、RSS 和网站地图里也没有它。',
    };
  }
  return undefined;
}
