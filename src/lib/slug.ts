import { pinyin } from 'pinyin-pro';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

export function isValidSlug(value: string): boolean {
  return value.length <= SLUG_MAX && SLUG_PATTERN.test(value);
}

/** Turns any text (typically a Chinese title or file name) into a kebab-case pinyin slug. */
export function suggestSlug(text: string): string {
  const parts = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words = parts.flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/)).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  return slug;
}

/** The slug an article file gets: the frontmatter override, else its file name without extension. */
export function fileSlug(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return base.replace(/\.(md|mdx)$/i, '');
}
