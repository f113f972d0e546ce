import { describe, expect, it } from 'vitest';
import { buildRegistry, classifyLink, registryDigest, relFor } from '../../src/lib/rel.ts';
import { markdownToHtml } from 'satteri';
import { MARKDOWN_FEATURES } from '../../src/lib/markdown.ts';
import { outboundLinks } from '../../src/lib/outbound-links.ts';

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
    for (const href of ['/articles/a/', '#x', 'mailto:a@b.cn', 'https://pos.example.com/about/'])
      expect(classifyLink(href, registry), href).toBe('internal');
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
    const r = buildRegistry(
      [
        { url: 'https://a.cn/x', sponsored: true },
        { url: 'https://a.cn/y', sponsored: false },
      ],
      [],
      'https://s.cn',
    );
    expect(classifyLink('https://a.cn/', r)).toBe('sponsored');
  });
});

describe('outboundLinks (Markdown → HTML through Sätteri)', () => {
  const html = (md: string, newTab = false) =>
    markdownToHtml(md, { hastPlugins: [outboundLinks({ registry, newTab })], features: MARKDOWN_FEATURES }).html;

  it('sets rel on external links, leaves internal ones, and labels sponsored links', () => {
    const out = html('[站内](/a/) [代理](https://agent.example.net/) [别处](https://x.org/) [来源](https://www.pbc.gov.cn/doc)');
    expect(out).toContain('<a href="/a/">站内</a>');
    expect(out).toContain(
      '<a href="https://agent.example.net/" rel="sponsored nofollow noopener">代理</a> <span class="ad-label" title="本站与该渠道有商业合作">广告</span>',
    );
    expect(out).toContain('<a href="https://x.org/" rel="nofollow noopener">别处</a>');
    expect(out).toContain('<a href="https://www.pbc.gov.cn/doc" rel="noopener">来源</a>');
    expect(out).not.toContain('target=');
  });

  it('applies the same policy to links an editor wrote as HTML', () => {
    const out = html('<p>见 <a href="https://agent.example.net/x">这里</a></p>');
    expect(out).toMatch(/<a href="https:\/\/agent\.example\.net\/x" rel="sponsored nofollow noopener">这里<\/a> <span class="ad-label"/);
  });

  it('opens external links in a new tab only when configured', () => {
    expect(html('[别处](https://x.org/)', true)).toContain('target="_blank"');
    expect(html('[站内](/a/)', true)).not.toContain('target=');
  });
});

describe('registryDigest', () => {
  const channels = [
    { url: 'https://a.cn/x', sponsored: false },
    { url: 'https://b.cn/', sponsored: false },
  ];
  const digest = (ch = channels, sources = ['https://gov.cn/a'], newTab = false) =>
    registryDigest(buildRegistry(ch, sources, 'https://s.cn'), newTab);

  it('is the same for the same policy, whatever the order or the path of the URLs', () => {
    expect(digest([...channels].reverse(), ['https://gov.cn/other'])).toBe(digest());
  });
  it('changes when a channel becomes sponsored, a channel or source host is added, or new-tab is switched', () => {
    const base = digest();
    expect(digest([channels[0]!, { url: 'https://b.cn/', sponsored: true }])).not.toBe(base);
    expect(digest([...channels, { url: 'https://c.cn/', sponsored: false }])).not.toBe(base);
    expect(digest(channels, ['https://gov.cn/a', 'https://pbc.gov.cn/'])).not.toBe(base);
    expect(digest(channels, ['https://gov.cn/a'], true)).not.toBe(base);
  });
});
