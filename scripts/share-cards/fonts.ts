// The card font: Noto Sans SC from the npm registry (@fontsource/noto-sans-sc), which ships the
// font cut into ~100 slices by Unicode range, as browsers load it. A build loads only the slices
// that hold characters its cards use (the subset), and can say which characters no slice has,
// so no card ever shows an empty box without the build saying so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir as dirOf, packageVersion } from '../../src/lib/packages.ts';

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

/**
 * Which slices hold which characters, looked up per character: a card's text is checked in
 * time proportional to its length (scanning every slice's ranges for every card cost ~8 ms a
 * card, longer than drawing it).
 */
export class FontIndex {
  private readonly owners = new Map<number, FontSlice[]>();

  constructor(slices: readonly FontSlice[]) {
    for (const slice of slices) {
      for (const [start, end] of slice.ranges) {
        for (let code = start; code <= end; code++) {
          const list = this.owners.get(code);
          if (list) list.push(slice);
          else this.owners.set(code, [slice]);
        }
      }
    }
  }

  /** The slices that hold at least one of these characters (every weight), and the characters none holds. */
  slicesFor(text: string): { used: FontSlice[]; missing: string[] } {
    const used = new Set<FontSlice>();
    const missing: string[] = [];
    for (const code of new Set([...text].map((ch) => ch.codePointAt(0)!))) {
      if (code <= 0x20) continue;
      const owners = this.owners.get(code);
      if (owners) for (const slice of owners) used.add(slice);
      else missing.push(String.fromCodePoint(code));
    }
    return { used: [...used], missing };
  }
}
