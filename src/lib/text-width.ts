// How wide text is drawn: what a results page truncates (the linter) and where a figure's
// lines break (src/lib/figures.ts).

// East Asian Wide/Fullwidth blocks, plus the punctuation Chinese fonts draw full width
// (“” ‘’ … — ·), which is how a zh-CN results page shows them.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]|[\u{20000}-\u{3fffd}\u{1f300}-\u{1faff}]/u;

/** Width in half-width columns: a Chinese character counts 2, a Latin letter or digit 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}
