import { describe, expect, it } from 'vitest';
import { categoryScore, checkBudgets, failingAudits, type Budgets, type Lhr, type MeasuredPage } from '../../../bench/lib/budgets.ts';
import { bytes, isJsScript, pageWeight } from '../../../bench/lib/page-weight.ts';

const CSS = Buffer.from('body{color:#111}'.repeat(50));
const JS = Buffer.from('console.log(1);'.repeat(20));
const assets: Record<string, Buffer> = { '/_astro/a.css': CSS, '/_astro/s.js': JS };
const read = (url: string) => assets[url];

describe('pageWeight', () => {
  it('counts referenced CSS once, inline CSS, and no JS for JSON-LD', () => {
    const html = `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/a.css"><style>p{margin:0}</style><script type="application/ld+json">{"@type":"Article"}</script><link rel="icon" href="/favicon.ico"></head><body><img src="/x.png" alt=""></body></html>`;
    const w = pageWeight(html, read);
    expect(w.css.files).toEqual(['/_astro/a.css']);
    expect(w.css.inline).toBe('p{margin:0}'.length);
    expect(w.css.raw).toBe(CSS.length + 'p{margin:0}'.length);
    expect(w.js.raw).toBe(0);
    expect(w.html.raw).toBe(Buffer.byteLength(html));
    expect(w.htmlCssGzip).toBe(bytes(html).gzip + bytes(CSS).gzip);
    // document + stylesheet + icon + image
    expect(w.requests).toBe(4);
  });
  it('counts external and inline scripts, and module preloads', () => {
    const html =
      '<html><head><link rel="modulepreload" href="/_astro/s.js"><script type="module" src="/_astro/s.js"></script><script>var a=1</script></head></html>';
    const w = pageWeight(html, read);
    expect(w.js.files).toEqual(['/_astro/s.js']);
    expect(w.js.raw).toBe(JS.length + 'var a=1'.length);
    expect(w.js.inline).toBe(7);
  });
  it('tells code from data scripts', () => {
    expect(isJsScript(undefined)).toBe(true);
    expect(isJsScript('module')).toBe(true);
    expect(isJsScript('application/ld+json')).toBe(false);
    expect(isJsScript('speculationrules')).toBe(false);
  });
});

function lhr(seo: number, crawlable: number): Lhr {
  return {
    categories: {
      seo: {
        score: seo,
        auditRefs: [
          { id: 'is-crawlable', weight: 4 },
          { id: 'document-title', weight: 1 },
          { id: 'meta-description', weight: 1 },
          { id: 'hint', weight: 0 },
        ],
      },
    },
    audits: {
      'is-crawlable': { id: 'is-crawlable', title: 'crawlable', score: crawlable, scoreDisplayMode: 'binary' },
      'document-title': { id: 'document-title', title: 'title', score: 1, scoreDisplayMode: 'binary' },
      'meta-description': { id: 'meta-description', title: 'description', score: 1, scoreDisplayMode: 'binary' },
      hint: { id: 'hint', title: 'a hint', score: 0.5, scoreDisplayMode: 'numeric', displayValue: '5 KiB' },
    },
  };
}

describe('Lighthouse helpers', () => {
  it('scores a category without exempt audits, and as Lighthouse does otherwise', () => {
    expect(categoryScore(lhr(0.33, 0), 'seo')).toBe(33);
    expect(categoryScore(lhr(0.33, 0), 'seo', ['is-crawlable'])).toBe(100);
    expect(categoryScore(lhr(1, 1), 'seo', ['is-crawlable'])).toBe(100);
  });
  it('lists weighted failures before unweighted hints', () => {
    expect(failingAudits(lhr(0.33, 0), 'seo').map((a) => a.id)).toEqual(['is-crawlable', 'hint']);
  });
});

describe('checkBudgets', () => {
  const budgets: Budgets = {
    jsBytesOutsideSearch: 0,
    htmlCssGzipKiB: { article: 30 },
    lighthouseMin: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
    lighthouseExempt: {},
  };
  const weight = pageWeight('<html></html>', () => undefined);
  const page = (scores: MeasuredPage['scores']): MeasuredPage => ({ kind: 'home', path: '/', weight, scores });
  const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };

  it('passes when everything is within budget', () => {
    const lines = checkBudgets(budgets, {
      pages: [page(perfect)],
      jsOutsideSearch: [],
      articles: [{ path: '/articles/a/', htmlCssGzip: 29 * 1024 }],
    });
    expect(lines.filter((l) => !l.ok)).toEqual([]);
  });
  it('names each broken budget', () => {
    const lines = checkBudgets(budgets, {
      pages: [page({ ...perfect, performance: 97 })],
      jsOutsideSearch: [{ path: '/about/', bytes: 120 }],
      articles: [
        { path: '/articles/a/', htmlCssGzip: 10 * 1024 },
        { path: '/articles/b/', htmlCssGzip: 31 * 1024 },
      ],
    });
    const broken = lines.filter((l) => !l.ok);
    expect(broken.map((l) => l.budget)).toEqual(['JS outside /search/', 'article HTML+CSS gzip (all 2)', 'Lighthouse performance, home']);
    expect(broken[0]!.measured).toContain('/about/ (120 B)');
    expect(broken[1]!.measured).toContain('/articles/b/');
  });
  it('fails a page Lighthouse could not measure', () => {
    const lines = checkBudgets(budgets, {
      pages: [{ kind: 'home', path: '/', weight, lighthouseError: 'no Chrome' }],
      jsOutsideSearch: [],
      articles: [{ path: '/a/', htmlCssGzip: 1 }],
    });
    expect(lines.filter((l) => !l.ok)).toHaveLength(4);
    expect(lines.at(-1)!.measured).toContain('no Chrome');
  });
});
