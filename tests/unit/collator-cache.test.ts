import { afterEach, describe, expect, it } from 'vitest';
import { cacheLocaleCompareCollators } from '../../scripts/lib/collator-cache.ts';

const words = ['/articles/b-10/', '/articles/b-9/', '/articles/B-2/', '/tags/é/', '/tags/e/', '/pos机/2/', '/pos机/10/', 'ä', 'a', 'z', ''];
const settings: [string | string[] | undefined, Intl.CollatorOptions | undefined][] = [
  ['en', { numeric: true }],
  ['en', undefined],
  ['zh-CN', { sensitivity: 'base' }],
  [['de', 'en'], { numeric: false, caseFirst: 'upper' }],
  [undefined, { numeric: true }],
  [undefined, undefined],
];

function comparisons() {
  return settings.map(([locales, options]) => words.flatMap((a) => words.map((b) => Math.sign(a.localeCompare(b, locales, options)))));
}

let undo: (() => void) | undefined;
afterEach(() => undo?.());

describe('cacheLocaleCompareCollators', () => {
  it('orders every pair as localeCompare itself does, for each locale and options', () => {
    const native = comparisons();
    const sortedNative = [...words].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    undo = cacheLocaleCompareCollators();
    expect(comparisons()).toEqual(native);
    expect([...words].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(sortedNative);
    expect(sortedNative.indexOf('/articles/b-9/')).toBeLessThan(sortedNative.indexOf('/articles/b-10/'));
  });

  it('still rejects what localeCompare rejects', () => {
    undo = cacheLocaleCompareCollators();
    expect(() => 'a'.localeCompare('b', 'not a locale!')).toThrow(RangeError);
    expect(() => 'a'.localeCompare('b', null as unknown as string)).toThrow(TypeError);
  });

  it('can be undone', () => {
    const native = String.prototype.localeCompare;
    cacheLocaleCompareCollators()();
    expect(String.prototype.localeCompare).toBe(native);
  });
});
