// Chinese is read by characters, not words: ~400 CJK characters a minute for explanatory text,
// plus Latin words (POS, App, T+1) at ~200 words a minute.
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[A-Za-z0-9]+(?:[.+%-][A-Za-z0-9]+)*/g;

export function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^import .*$/gm, ' ')
    .replace(/[#>*_`|~-]/g, ' ');
}

export function countCjk(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

export function readingMinutes(markdown: string, cjkPerMinute = 400, wordsPerMinute = 200): number {
  const text = stripMarkdown(markdown);
  const cjk = countCjk(text);
  const words = text.replace(CJK, ' ').match(LATIN_WORD)?.length ?? 0;
  return Math.max(1, Math.round(cjk / cjkPerMinute + words / wordsPerMinute));
}
