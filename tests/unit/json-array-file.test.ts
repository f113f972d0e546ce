import { describe, expect, it } from 'vitest';
import { parseJsonArray } from '../../src/lib/json-array-file.ts';

// Shaped like Astro's store (devalue's flat array): nested arrays and objects, strings holding
// the characters the splitter looks for, escapes, and Chinese (multi-byte) text.
const items = [
  ['Map', 1, 2],
  'articles',
  { html: '<p>一年没刷，还能用吗？[是的] {不} "引号" \\ 反斜杠 \\" 末尾</p>', n: [1, [2, [3]]] },
  '逗号,在里面],}',
  -1.5e3,
  null,
  true,
  { empty: [], deep: { a: [{ b: '"' }] } },
  '\\',
  'ends with backslash \\\\',
];
const text = Buffer.from(JSON.stringify(items));

describe('parseJsonArray', () => {
  it('gives what JSON.parse gives, whatever the slice size', () => {
    for (const slice of [1, 2, 7, 16, 64, text.length - 1, text.length, 10 ** 9]) {
      expect(parseJsonArray(text, slice)).toEqual(items);
    }
  });

  it('parses an empty array and whitespace around elements', () => {
    expect(parseJsonArray(Buffer.from('[]'), 1)).toEqual([]);
    expect(parseJsonArray(Buffer.from(' [ 1 , "二" ,\n[3] ] '), 1)).toEqual([1, '二', [3]]);
  });

  it('fails on a truncated file rather than returning part of it', () => {
    expect(() => parseJsonArray(text.subarray(0, text.length - 1), 4)).toThrow(/不完整/);
    expect(() => parseJsonArray(Buffer.from('[1, {"a": '), 1)).toThrow();
  });
});
