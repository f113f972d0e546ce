// Rule "placeholder" (error): the scaffold (`npm run new`) marks what is left to write with
// “待填写”; an article must not go live with those markers still in it. Drafts may keep them.
import type { TextHit } from './types.ts';

export const PLACEHOLDER_MARK = '待填写';
const PLACEHOLDER = /待填写|待补充|TODO/g;

export function placeholderHits(text: string): TextHit[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    index: m.index,
    length: m[0].length,
    message: `还有未完成的占位文字 “${m[0]}”，这篇文章不是草稿（draft 不是 true），发布后读者会看到它。请写完，或先把 draft 改回 true`,
  }));
}
