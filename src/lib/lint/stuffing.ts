// Rule "keyword-stuffing" (warning): one word or phrase repeated far beyond what the topic
// needs ("拉卡拉POS机激活，拉卡拉POS机怎么激活？拉卡拉POS机……"). The 14 articles this site
// started with peak at about 6% for their own topic word (收款码 in the 收款码 article);
// stuffed pages run well above 10%.
import { quote } from './text.ts';

export const STUFFING_DENSITY = 0.08;
export const STUFFING_MIN_COUNT = 8;
const MAX_WORDS = 4;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const COUNTED = /[\p{Script=Han}A-Za-z0-9]/gu;

export interface Stuffed {
  term: string;
  count: number;
  /** Share of the text's characters (Chinese, Latin letters, digits) the repetitions take. */
  density: number;
}

/**
 * Phrases of one to four adjacent words (as Intl.Segmenter splits Chinese) whose repetitions
 * take more than STUFFING_DENSITY of the text. Overlapping phrases are reported once, longest.
 */
export function findStuffing(text: string, density = STUFFING_DENSITY, minCount = STUFFING_MIN_COUNT): Stuffed[] {
  const total = text.match(COUNTED)?.length ?? 0;
  if (!total) return [];
  // Words first: a phrase occurs no more often than its rarest word, so only runs of words
  // that each reach minCount can make a phrase worth counting. Keeps this linear in practice.
  const runs: string[][] = [];
  let run: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) run.push(s.segment);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  const wordCount = new Map<string, number>();
  for (const r of runs) for (const w of r) wordCount.set(w.toLowerCase(), (wordCount.get(w.toLowerCase()) ?? 0) + 1);
  const frequent = (w: string) => (wordCount.get(w.toLowerCase()) ?? 0) >= minCount;
  const counts = new Map<string, { count: number; shown: string }>();
  for (const r of runs) {
    for (let i = 0; i < r.length; i++) {
      for (let n = 1; n <= MAX_WORDS && i + n <= r.length && frequent(r[i + n - 1]!); n++) {
        const shown = r.slice(i, i + n).join('');
        if ([...shown].length < 2 || /^\d+$/.test(shown)) continue;
        const key = shown.toLowerCase();
        const entry = counts.get(key) ?? { count: 0, shown };
        entry.count++;
        counts.set(key, entry);
      }
    }
  }
  const flagged = [...counts.values()]
    .map(({ count, shown }) => ({ term: shown, count, density: (count * [...shown].length) / total }))
    .filter((s) => s.count >= minCount && s.density >= density)
    .sort((a, b) => b.density - a.density || b.term.length - a.term.length);
  const kept: Stuffed[] = [];
  for (const s of flagged) {
    const key = s.term.toLowerCase();
    if (kept.some((k) => k.term.toLowerCase().includes(key) || key.includes(k.term.toLowerCase()))) continue;
    kept.push(s);
  }
  return kept;
}

export function stuffingMessage(s: Stuffed): string {
  return `关键词堆砌：${quote(s.term)} 出现 ${s.count} 次，占正文字数的 ${(s.density * 100).toFixed(1)}%（本站正常文章最高约 6%，这里按 ${STUFFING_DENSITY * 100}% 以上提醒）。请删掉生硬的重复，用代词或换一种说法`;
}
