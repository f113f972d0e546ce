import { describe, expect, it } from 'vitest';
import { channelLink, groupByKind, isStale } from '../../src/lib/channels.ts';

describe('isStale', () => {
  const now = new Date('2026-11-26T00:00:00Z');
  it('flags channels checked longer ago than the limit', () => {
    expect(isStale(new Date('2026-05-01T00:00:00Z'), now, 180)).toBe(true);
    expect(isStale(new Date('2026-06-01T00:00:00Z'), now, 180)).toBe(false);
  });
});

describe('channelLink', () => {
  it('adds UTM parameters and the rel of the policy', () => {
    expect(channelLink({ url: 'https://a.cn/apply?x=1', sponsored: true }, { utm_source: 'pos-zhishi' })).toEqual({
      href: 'https://a.cn/apply?x=1&utm_source=pos-zhishi',
      rel: 'sponsored nofollow noopener',
    });
    expect(channelLink({ url: 'https://b.cn/', sponsored: false })).toEqual({ href: 'https://b.cn/', rel: 'noopener' });
  });
});

describe('groupByKind', () => {
  it('orders kinds official → agent and drops empty ones', () => {
    const c = (name: string, kind: any) => ({ data: { name, kind } });
    const groups = groupByKind([c('代理', 'agent'), c('乙银行', 'bank'), c('甲银行', 'bank'), c('官方', 'official')]);
    expect(groups.map((g) => g.kind)).toEqual(['official', 'bank', 'agent']);
    expect(groups[1]!.channels.map((x) => x.data.name)).toEqual(['甲银行', '乙银行']);
  });
});
