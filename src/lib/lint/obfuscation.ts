// Rule "obfuscation": spun SEO text hides words from keyword filters by breaking them up —
// "P O S机", "la拉卡拉" (a syllable's pinyin next to its character), "刷ka" (pinyin in place of
// a character), "激x活" (a letter stuffed inside a word), "薇信" (a look-alike homophone).
// Ordinary mixed text must pass: App, POS机, T+1, MCC码, 0.38%, 95016, A股 (see the tests).
import { pinyin } from 'pinyin-pro';
import { HAN, isHan, quote } from './text.ts';
import type { TextHit } from './types.ts';

export interface ObfuscationHit {
  index: number;
  length: number;
  found: string;
  intended: string;
}

/** Words editors on this site write, so "刷ka" can be read back as 刷卡. */
export const DOMAIN_WORDS = [
  '刷卡',
  '拉卡拉',
  '激活',
  '押金',
  '费率',
  '手续费',
  '商户',
  '收款',
  '收款码',
  '二维码',
  '银行卡',
  '信用卡',
  '储蓄卡',
  '借记卡',
  '微信',
  '支付宝',
  '银联',
  '银联商务',
  '云闪付',
  '办理',
  '申请',
  '代理',
  '代理商',
  '机具',
  '机器',
  '到账',
  '结算',
  '结算卡',
  '提现',
  '免费',
  '客服',
  '电话',
  '套现',
  '养卡',
  '贷款',
  '额度',
  '提额',
  '一清',
  '二清',
  '跳码',
  '流量费',
  '服务费',
  '官方',
  '官网',
  '正规',
  '支付',
  '扫码',
  '电签',
  '秒到',
  '返现',
  '分润',
  '收单',
  '收单机构',
  '牌照',
  '央行',
  '人民银行',
  '注销',
  '退机',
  '巡检',
  '核验',
  '实名',
  '认证',
  '下载',
  '安装',
  '联系',
  '咨询',
  '领取',
];

// Homophone swaps are only looked for in names that spam dodges on purpose; ordinary words
// have innocent homophones (只付 next to 支付) that would be false alarms.
export const HOMOPHONE_TARGETS = ['微信', '支付宝', '拉卡拉', '银联', '云闪付', '刷卡', '信用卡', '套现', '收款码', '二维码'];

const readingCache = new Map<string, string[]>();

/** Every toneless reading of a character, with ü written both v and u as people type it. */
function readings(ch: string): string[] {
  let list = readingCache.get(ch);
  if (!list) {
    const raw = pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }) as string[];
    list = [...new Set(raw.flatMap((r) => [r.toLowerCase().replace(/ü/g, 'v'), r.toLowerCase().replace(/ü/g, 'u')]))].filter((r) =>
      /^[a-z]+$/.test(r),
    );
    readingCache.set(ch, list);
  }
  return list;
}

/** Whether `run` is exactly the pinyin of `chars`, one reading per character. */
export function spells(run: string, chars: readonly string[]): boolean {
  let positions = new Set([0]);
  for (const ch of chars) {
    const next = new Set<number>();
    for (const p of positions) for (const r of readings(ch)) if (run.startsWith(r, p)) next.add(p + r.length);
    if (!next.size) return false;
    positions = next;
  }
  return positions.has(run.length);
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words of two or more Chinese characters in a text: the article's own vocabulary. */
export function hanWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const s of segmenter.segment(text)) if (s.isWordLike && s.segment.length >= 2 && [...s.segment].every(isHan)) words.add(s.segment);
  return words;
}

function hanRunBefore(text: string, end: number, max = 4): string {
  let start = end;
  while (start > 0 && end - start < max && isHan(text[start - 1])) start--;
  return text.slice(start, end);
}

function hanRunAfter(text: string, start: number, max = 4): string {
  let end = start;
  while (end < text.length && end - start < max && isHan(text[end])) end++;
  return text.slice(start, end);
}

const SPACED_LETTERS = /(?<![A-Za-z0-9])[A-Za-z](?:[ .\-_*·]{1,2}[A-Za-z])+(?![A-Za-z0-9])/g;
const LOWER_RUN = /(?<![A-Za-z])[a-zü]{2,}(?![A-Za-z])/g;
const LETTERS_INSIDE = /(\p{Script=Han})([a-z]{1,2})(?=(\p{Script=Han}))/gu;
const LATIN_FOR_WEIXIN = /(?<![A-Za-z])[vV]信/g;

function echoAfter(text: string, index: number, run: string): ObfuscationHit | undefined {
  const after = hanRunAfter(text, index + run.length);
  for (let k = Math.min(4, after.length); k >= 1; k--) {
    // Quote the whole following word ("la拉卡拉" → 拉卡拉), not just the echoed character.
    if (spells(run, [...after.slice(0, k)])) return { index, length: run.length + after.length, found: run + after, intended: after };
  }
  return undefined;
}

function echoBefore(text: string, index: number, run: string): ObfuscationHit | undefined {
  const before = hanRunBefore(text, index);
  for (let k = Math.min(4, before.length); k >= 1; k--) {
    const chars = before.slice(before.length - k);
    if (spells(run, [...chars])) return { index: index - k, length: run.length + k, found: chars + run, intended: chars };
  }
  return undefined;
}

function pinyinForChar(text: string, index: number, run: string, vocabulary: Iterable<string>): ObfuscationHit | undefined {
  const before = hanRunBefore(text, index);
  const after = hanRunAfter(text, index + run.length);
  let best: ObfuscationHit | undefined;
  for (const word of vocabulary) {
    const chars = [...word];
    for (let i = 0; i < chars.length; i++) {
      for (let j = i; j < chars.length && j < i + 4; j++) {
        const left = chars.slice(0, i).join('');
        const right = chars.slice(j + 1).join('');
        if (!left && !right) continue;
        if (!before.endsWith(left) || !after.startsWith(right)) continue;
        if (!spells(run, chars.slice(i, j + 1))) continue;
        const hit = {
          index: index - left.length,
          length: left.length + run.length + right.length,
          found: left + run + right,
          intended: word,
        };
        if (!best || hit.length > best.length) best = hit;
      }
    }
  }
  return best;
}

const targetReadings = new Map<string, string[]>();

function homophones(text: string): ObfuscationHit[] {
  const hits: ObfuscationHit[] = [];
  for (const target of HOMOPHONE_TARGETS) {
    const want = [...target];
    let spoken = targetReadings.get(target);
    if (!spoken) {
      spoken = pinyin(target, { toneType: 'none', type: 'array' }) as string[];
      targetReadings.set(target, spoken);
    }
    // A swap keeps part of the word (薇信, 刷咔), so only windows sharing a character with the
    // target at the same place are candidates; that keeps this linear in the text.
    const starts = new Set<number>();
    want.forEach((ch, k) => {
      for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) if (i - k >= 0) starts.add(i - k);
    });
    for (const p of starts) {
      const window = [...text.slice(p, p + want.length * 2)].slice(0, want.length);
      if (window.length < want.length || window.join('') === target || !window.every(isHan)) continue;
      if (!window.every((ch, k) => readings(ch).includes(spoken[k]!))) continue;
      // A real word that happens to sound the same (威信) is not a swap.
      const found = window.join('');
      const from = Math.max(0, p - 3);
      const context = text.slice(from, p + found.length + 3);
      let covered = false;
      for (const s of segmenter.segment(context)) {
        const start = from + s.index;
        if ([...s.segment].length >= 2 && start < p + found.length && start + s.segment.length > p) covered = true;
      }
      if (!covered) hits.push({ index: p, length: found.length, found, intended: target });
    }
  }
  return hits;
}

/** Every obfuscated word in a text, with what was probably meant. */
export function findObfuscation(text: string, vocabulary: Iterable<string> = DOMAIN_WORDS): ObfuscationHit[] {
  if (!HAN.test(text)) return [];
  let vocab: string[] | undefined;
  // Built only when a Latin run touches Chinese, which ordinary text rarely does.
  const words = () => (vocab ??= [...new Set([...DOMAIN_WORDS, ...vocabulary])]);
  const hits: ObfuscationHit[] = [];
  for (const m of text.matchAll(SPACED_LETTERS)) {
    const start = m.index;
    const end = start + m[0].length;
    // Quote one neighbouring character so the editor can find it: the next one ("P O S机").
    const next = isHan(text[end]) ? text[end]! : '';
    const prev = !next && isHan(text[start - 1]) ? text[start - 1]! : '';
    if (!prev && !next) continue;
    const letters = m[0].replace(/[^A-Za-z]/g, '');
    hits.push({
      index: start - prev.length,
      length: m[0].length + prev.length + next.length,
      found: prev + m[0] + next,
      intended: prev + letters + next,
    });
  }
  for (const m of text.matchAll(LOWER_RUN)) {
    const run = m[0];
    if (!isHan(text[m.index - 1]) && !isHan(text[m.index + run.length])) continue;
    // "ka卡" repeats the next character; "ji活" stands in for one (激活); "拉卡拉lakala" repeats
    // the previous ones. Tried in that order, so "刷ka卡" reads as 刷卡 and "机ji活" as 机激活.
    const hit = echoAfter(text, m.index, run) ?? pinyinForChar(text, m.index, run, words()) ?? echoBefore(text, m.index, run);
    if (hit) hits.push(hit);
  }
  for (const m of text.matchAll(LETTERS_INSIDE)) {
    const pair = m[1]! + m[3]!;
    const index = m.index;
    if (!words().some((w) => w.includes(pair)) && !hanWords(pair).has(pair)) continue;
    hits.push({ index, length: m[0].length + m[3]!.length, found: m[0] + m[3]!, intended: pair });
  }
  for (const m of text.matchAll(LATIN_FOR_WEIXIN)) hits.push({ index: m.index, length: m[0].length, found: m[0], intended: '微信' });
  hits.push(...homophones(text));
  // One finding per place: keep the earliest, longest hit where several overlap.
  hits.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: ObfuscationHit[] = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (last && hit.index < last.index + last.length) continue;
    kept.push(hit);
  }
  return kept;
}

export function obfuscationHits(text: string, vocabulary?: Iterable<string>): TextHit[] {
  return findObfuscation(text, vocabulary).map((hit) => ({
    index: hit.index,
    length: hit.length,
    message: `疑似为躲避过滤而拆字、夹拼音或换字：${quote(hit.found)}，原意可能是${quote(hit.intended)}。请改回正常写法`,
  }));
}
