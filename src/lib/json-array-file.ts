// Reads a file holding one JSON array of any size. JSON.parse needs the whole text as one
// string, and V8's strings end at 2^29 - 24 characters (Node refuses to decode a file of more
// bytes than that), and Astro's content store of 100,000 articles is larger (README, "100,000
// articles"). So the array is split at its outer commas into slices that each fit, and each
// slice is parsed natively.
import { readFileSync } from 'node:fs';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/** The elements of the JSON array in `text`, parsed `sliceBytes` at a time at the most (roughly). */
export function parseJsonArray(text: Buffer, sliceBytes = 256 * 2 ** 20): unknown[] {
  if (text.length <= sliceBytes) return JSON.parse(text.toString('utf8')) as unknown[];
  const out: unknown[] = [];
  const flush = (from: number, to: number) => {
    // A comma, quote or bracket is one byte in UTF-8 and never part of a longer character, so
    // these boundaries never cut one.
    for (const item of JSON.parse(`[${text.toString('utf8', from, to)}]`) as unknown[]) out.push(item);
  };
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth++;
      if (depth === 1) start = i + 1;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
      if (depth === 0) {
        flush(start, i);
        return out;
      }
    } else if (c === COMMA && depth === 1 && i - start >= sliceBytes) {
      flush(start, i);
      start = i + 1;
    }
  }
  throw new SyntaxError('JSON 数组不完整：文件在数组结束之前就结束了');
}

export function readJsonArrayFile(file: string): unknown[] {
  return parseJsonArray(readFileSync(file));
}
