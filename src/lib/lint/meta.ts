// Rules "title-length", "description-length" (warnings) and "title-duplicate",
// "description-duplicate" (errors). Results pages cut titles and snippets by display width,
// not by characters: a Chinese character is about twice as wide as a Latin letter.
import { pageTitle } from '../seo.ts';
import { displayWidth, quote } from './text.ts';

export interface WidthLimit {
  engine: string;
  width: number;
}

// Rough desktop limits, in half-width columns (one Chinese character = 2):
// Baidu shows about 30 Chinese characters of a title and about 78 of a snippet;
// Google cuts titles at about 600 px (~30 Chinese characters at its title size) and
// snippets at about 920 px (~80 Chinese characters).
export const TITLE_LIMITS: readonly WidthLimit[] = [
  { engine: '百度', width: 60 },
  { engine: 'Google', width: 60 },
];
export const DESCRIPTION_LIMITS: readonly WidthLimit[] = [
  { engine: '百度', width: 156 },
  { engine: 'Google', width: 160 },
];

function overLimits(width: number, limits: readonly WidthLimit[]): WidthLimit[] {
  return limits.filter((l) => width > l.width);
}

function limitText(limits: readonly WidthLimit[]): string {
  return limits.map((l) => `${l.engine} 约 ${l.width}（${l.width / 2} 个汉字）`).join('、');
}

/** The title as results pages show it (with the site name), or undefined when it fits. */
export function titleLengthMessage(title: string, siteName: string): string | undefined {
  const shown = pageTitle(title, siteName);
  const width = displayWidth(shown);
  const over = overLimits(width, TITLE_LIMITS);
  if (!over.length) return undefined;
  const suffix = shown.slice(title.length);
  return `标题在搜索结果中显示为 ${quote(shown, 80)}，显示宽度 ${width}（汉字算 2，含站名后缀“${suffix}”），超过 ${limitText(over)} 的显示上限，末尾会被截断。请把最重要的词放在前面并缩短标题`;
}

export function descriptionLengthMessage(description: string): string | undefined {
  const width = displayWidth(description);
  const over = overLimits(width, DESCRIPTION_LIMITS);
  if (!over.length) return undefined;
  return `摘要 ${quote(description, 20)} 显示宽度 ${width}（汉字算 2），超过 ${limitText(over)} 的显示上限，搜索结果中会被截断。请把结论放在前面，控制在 ${Math.min(...over.map((l) => l.width)) / 2} 个汉字左右`;
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** For each file whose value another file also uses: the other files. Empty values are ignored. */
export function duplicates(items: readonly { file: string; value: string | undefined }[]): Map<string, string[]> {
  const byValue = new Map<string, string[]>();
  for (const item of items) {
    if (!item.value?.trim()) continue;
    const key = normalize(item.value);
    byValue.set(key, [...(byValue.get(key) ?? []), item.file]);
  }
  const result = new Map<string, string[]>();
  for (const files of byValue.values()) {
    if (files.length < 2) continue;
    for (const file of files)
      result.set(
        file,
        files.filter((f) => f !== file),
      );
  }
  return result;
}

export function duplicateMessage(what: '标题' | '摘要', value: string, others: readonly string[]): string {
  const named = others.length > 3 ? `${others.slice(0, 3).join('、')} 等 ${others.length} 篇文章` : others.join('、');
  return `${what} ${quote(value)} 与 ${named} 完全相同。搜索引擎会把重复${what}的页面当作重复内容，请改写得能区分这几篇文章`;
}
