// Rule "unsourced-claim" (warning): "根据相关规定" and "央行规定" state a rule as fact. In an
// article with no `sources` the reader cannot check it, and spun pages invent such rules.
import { quote } from './text.ts';
import type { TextHit } from './types.ts';

const CLAIM =
  /(?:根据|按照|依据|依照)?(?:国家|相关|有关|最新|监管|政策|官方|法律|央行|人民银行|人行|银联|相关部门|有关部门|监管部门)(?:的)?(?:明文)?(?:规定|要求|规定要求)|(?:根据|按照|依据|依照)(?:最新)?(?:政策|文件|规定)|明文规定/g;

// The claim is being denied, questioned or quoted as hearsay, which is what careful articles do:
// "并不是国家规定的费率", "未见明文规定", "“国家规定费率0.6%”", "是国家规定的吗？".
const DENIAL_BEFORE =
  /(?:不是|并非|不属于|未见|没有|没查到|没找到|未查到|无|称|所谓|号称|谎称|声称|自称|冒充|误读|谣言|[“‘"「])[^。！？!?，,；;\n]{0,10}$/;
const SENTENCE_END = /[。！？!?\n]/;

export function findClaims(text: string): { index: number; length: number; claim: string }[] {
  const found: { index: number; length: number; claim: string }[] = [];
  for (const m of text.matchAll(CLAIM)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (DENIAL_BEFORE.test(before)) continue;
    const rest = text.slice(m.index + m[0].length);
    const end = rest.search(SENTENCE_END);
    const sentenceEnd = end === -1 ? '' : rest[end]!;
    if (sentenceEnd === '？' || sentenceEnd === '?' || /吗\s*$/.test(rest.slice(0, end === -1 ? undefined : end))) continue;
    found.push({ index: m.index, length: m[0].length, claim: m[0] });
  }
  return found;
}

/** Claims only matter when the article lists no source a reader could check. */
export function claimHits(text: string, sourceCount: number): TextHit[] {
  if (sourceCount > 0) return [];
  return findClaims(text).map((c) => {
    const sentence = text.slice(c.index).split(SENTENCE_END)[0] ?? c.claim;
    return {
      index: c.index,
      length: c.length,
      message: `绝对化的监管说法 ${quote(sentence, 30)}，但本文 sources 里没有列出任何来源。请写明具体文件（名称和文号）并在 sources 中列出，或改为“据……报道”“以协议为准”等可核实的说法`,
    };
  });
}
