import { describe, expect, it } from 'vitest';
import { buildRegistry, classifyLink, relFor } from '../../src/lib/rel.ts';
import { rehypeOutbound } from '../../src/lib/rehype-outbound.ts';

const registry = buildRegistry(
  [
    { url: 'https://www.bank.example.com/merchant', sponsored: false },
    { url: 'https://agent.example.net/apply', sponsored: true },
  ],
  ['https://www.pbc.gov.cn/doc'],
  'https://pos.example.com',
);

describe('classifyLink', () => {
  it('treats relative, fragment, mail and own-site links as internal', () => {
    for (const href of ['/articles/a/', '#x', 'mailto:a@b.cn', 'https://pos.example.com/about/']) expect(classifyLink(href, registry), href).toBe('internal');
  });
  it('recognises channels (ignoring www.), sponsored channels and sources', () => {
    expect(classifyLink('https://bank.example.com/other', registry)).toBe('channel');
    expect(classifyLink('https://AGENT.example.net/x?y=1', registry)).toBe('sponsored');
    expect(classifyLink('https://pbc.gov.cn/', registry)).toBe('source');
    expect(classifyLink('http://spam.example.org/', registry)).toBe('other');
  });
});

describe('relFor', () => {
  it('maps each kind to the policy', () => {
    expect(relFor('internal')).toBeUndefined();
    expect(relFor('channel')).toBe('noopener');
    expect(relFor('source')).toBe('noopener');
    expect(relFor('sponsored')).toBe('sponsored nofollow noopener');
    expect(relFor('other')).toBe('nofollow noopener');
  });
});

describe('buildRegistry', () => {
  it('discloses more, not less, when two channels share a host', () => {
    const r = buildRegistry([{ url: 'https://a.cn/x', sponsored: true }, { url: 'https://a.cn/y', sponsored: false }], [], 'https://s.cn');
    expect(classifyLink('https://a.cn/', r)).toBe('sponsored');
  });
});

describe('rehypeOutbound', () => {
  const link = (href: string) => ({ type: 'element', tagName: 'a', properties: { href, rel: ['follow'] }, children: [{ type: 'text', value: 't' }] });
  it('sets rel on external links, leaves internal ones, and labels sponsored links', () => {
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [link('/a/'), link('https://agent.example.net/'), link('https://x.org/')] }] };
    rehypeOutbound({ registry })(tree as never);
    const p = tree.children[0]!.children as any[];
    expect(p[0].properties.rel).toEqual(['follow']);
    expect(p[1].properties.rel).toEqual(['sponsored', 'nofollow', 'noopener']);
    expect(p[2].type).toBe('text');
    expect(p[3].properties.className).toEqual(['ad-label']);
    expect(p[3].children[0].value).toBe('广告');
    expect(p[4].properties.rel).toEqual(['nofollow', 'noopener']);
    expect(p[4].properties.target).toBeUndefined();
  });
  it('opens external links in a new tab only when configured', () => {
    const tree = { type: 'root', children: [link('https://x.org/')] };
    rehypeOutbound({ registry, newTab: true })(tree as never);
    expect((tree.children[0] as any).properties.target).toBe('_blank');
  });
});
