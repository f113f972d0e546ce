// String helpers shared by the rules: Chinese detection, display width, quoting.

export const HAN = /\p{Script=Han}/u;

/** Whether a character is Chinese. The common block is checked by code point: this runs per character. */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.codePointAt(0)!;
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return code >= 0x2e80 && HAN.test(ch);
}

export { displayWidth } from '../text-width.ts';

/** Quotes text for a message, shortened so one finding stays one line. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}…` : flat}”`;
}

/**
 * Where a frontmatter value sits in the file: the first line at or after its key that contains
 * `needle` (values may be quoted or folded over lines), else the key itself.
 */
export function locateInFrontmatter(
  raw: string,
  keyLine: number | undefined,
  needle: string,
  probeLength = 12,
): { line: number; column: number } {
  const lines = raw.split('\n');
  const start = (keyLine ?? 1) - 1;
  const probe = needle.trim().slice(0, probeLength);
  for (let i = start; i < lines.length && i < start + 200; i++) {
    if (i > start && lines[i] === '---') break;
    const at = probe ? lines[i]!.indexOf(probe) : -1;
    if (at !== -1) return { line: i + 1, column: at + 1 };
  }
  return { line: keyLine ?? 1, column: 1 };
}

// Quotation marks that open and close differently, then the straight one that does both.
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』' };

/**
 * The [start, end) ranges of `text` inside quotation marks (“”「」『』 and straight ""),
 * marks included. An editor who quotes a phrase is reporting it, not saying it: rules about
 * what the site itself claims skip these. An unclosed mark quotes nothing.
 */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const close = QUOTE_PAIRS[ch] ?? (ch === '"' ? '"' : undefined);
    if (!close) continue;
    const end = text.indexOf(close, i + 1);
    if (end === -1) continue;
    ranges.push([i, end + 1]);
    i = end;
  }
  return ranges;
}

/** Whether [index, index + length) overlaps one of `ranges`. */
export function inRanges(ranges: readonly [number, number][], index: number, length: number): boolean {
  return ranges.some(([start, end]) => index < end && start < index + length);
}
