import { describe, expect, it } from 'vitest';
import { entryKey, pageKey } from '../../src/lib/page-keys.ts';

describe('pageKey', () => {
  it('is stable for the same parts and changes with any one of them', () => {
    const a = { id: 'a', digest: '1' };
    const b = { id: 'b', digest: '2' };
    const base = pageKey('site', entryKey(a), [entryKey(b)]);
    expect(pageKey('site', entryKey(a), [entryKey(b)])).toBe(base);
    expect(pageKey('site2', entryKey(a), [entryKey(b)])).not.toBe(base);
    expect(pageKey('site', entryKey({ ...a, digest: '9' }), [entryKey(b)])).not.toBe(base);
    expect(pageKey('site', entryKey(a), [entryKey({ ...b, id: 'c' })])).not.toBe(base);
    expect(pageKey('site', entryKey(a), [])).not.toBe(base);
  });

  it('tells parts apart from the same characters split differently', () => {
    expect(pageKey('ab', 'c')).not.toBe(pageKey('a', 'bc'));
    expect(pageKey(undefined)).not.toBe(pageKey(null));
  });

  it('keys an entry without a digest by its data', () => {
    expect(entryKey({ id: 'x', data: { name: '甲' } })).not.toEqual(entryKey({ id: 'x', data: { name: '乙' } }));
    expect(entryKey({ id: 'x', digest: 5, data: { name: '甲' } })).toEqual(entryKey({ id: 'x', digest: 5, data: { name: '乙' } }));
  });
});
