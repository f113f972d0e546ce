// The card font: Noto Sans SC from the npm registry (@fontsource/noto-sans-sc), which ships the
// font cut into ~100 slices by Unicode range, as browsers load it. A build loads only the slices
// that hold characters its cards use (the subset), and can say which characters no slice has,
// so no card ever shows an empty box without the build saying so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir as dirOf, packageVersion } from './packages.ts';

export type Range = [number, number];

export interface FontSlice {
  /** The WOFF file (the renderer reads WOFF; WOFF2 is the browsers' copy). */
  file: string;
  weight: number;
  ranges: Range[];
}

export const FONT_PACKAGE = '@fontsource/noto-sans-sc';
const packageDir = dirOf(FONT_PACKAGE);
export const FONT_VERSION = packageVersion(FONT_PACKAGE);
export const WEIGHTS = [400, 700] as const;

/** `U+4e00-4e5f,U+4e61` → [[0x4e00, 0x4e5f], [0x4e61, 0x4e61]] */
export function parseUnicodeRange(text: string): Range[] {
  return text.split(',').map((part) => {
    const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(start!, 16), parseInt(end ?? start!, 16)] as Range;
  });
}

/** The numbered slices of one weight, from the package's own stylesheet for it. */
export function parseSlices(css: string, weight: number): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const face of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const file = /url\(\.\/files\/([^)]+?\.woff)\)/.exec(face[1]!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(face[1]!)?.[1];
    if (file && range) slices.push({ file, weight, ranges: parseUnicodeRange(range) });
  }
  return slices;
}

export function fontSlices(): FontSlice[] {
  return WEIGHTS.flatMap((weight) => parseSlices(readFileSync(join(packageDir, `${weight}.css`), 'utf8'), weight));
}

export const fontFile = (slice: FontSlice) => join(packageDir, 'files', slice.file);

const covers = (slice: FontSlice, code: number) => slice.ranges.some(([a, b]) => code >= a && code <= b);

/** The slices that hold at least one of these characters (per weight), and the characters none holds. */
export function slicesFor(text: string, slices: readonly FontSlice[]): { used: FontSlice[]; missing: string[] } {
  const codes = new Set([...text].map((ch) => ch.codePointAt(0)!).filter((code) => code > 0x20));
  const used = slices.filter((slice) => [...codes].some((code) => covers(slice, code)));
  const missing = [...codes].filter((code) => !slices.some((slice) => covers(slice, code))).map((code) => String.fromCodePoint(code));
  return { used, missing };
}
