import { describe, expect, it } from 'vitest';
import { articleNode, breadcrumbNode, faqNode, graph, serializeJsonLd, siteNodes } from '../../src/lib/jsonld.ts';

const site = { name: '站', url: 'https://pos.example.com', description: 'd', logo: '/icon-512.png' };

describe('JSON-LD builders', () => {
  it('links Article to its publisher, page and author by @id', () => {
    const node = articleNode(site, {
      path: '/articles/a/',
      title: '标题',
      description: '摘要',
      published: new Date('2026-11-09T16:00:00Z'),
      author: { id: 'ed', name: '编辑' },
    });
    expect(node.datePublished).toBe('2026-11-10T00:00:00+08:00');
    expect(node.dateModified).toBe('2026-11-10T00:00:00+08:00');
    expect(node.publisher).toEqual({ '@id': 'https://pos.example.com/#organization' });
    expect(node.author).toEqual([{ '@id': 'https://pos.example.com/authors/ed/#person' }]);
    const ids = siteNodes(site).map((n) => n['@id']);
    expect(ids).toContain('https://pos.example.com/#organization');
  });
  it('numbers breadcrumbs from 1 with absolute items', () => {
    const node = breadcrumbNode(site, '/x/', [
      { name: '首页', path: '/' },
      { name: 'X', path: '/x/' },
    ]);
    expect(node.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: 'https://pos.example.com/' },
      { '@type': 'ListItem', position: 2, name: 'X', item: 'https://pos.example.com/x/' },
    ]);
  });
  it('builds FAQPage questions with accepted answers', () => {
    const node = faqNode(site, '/a/', [{ q: '问？', a: '答。' }]);
    expect(node.mainEntity).toEqual([{ '@type': 'Question', name: '问？', acceptedAnswer: { '@type': 'Answer', text: '答。' } }]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot be broken out of by a title containing </script>', () => {
    const text = serializeJsonLd(graph([{ name: '</script><script>alert(1)</script> & \u2028' }]));
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><script>alert(1)</script> & \u2028');
  });
});
