import { describe, expect, it } from 'vitest';
import { checkOffline, classifyUrl, formatFinding, unreachableHost, type Target } from '../../../src/lib/links/classify.ts';
import type { LinkUse, UseKind } from '../../../src/lib/links/extract.ts';

const severities = (t: Target) => (t.kind === 'internal' ? 'internal' : t.problems.map((p) => p.severity).join(',') || 'ok');

describe('classifyUrl', () => {
  it('leaves paths, anchors, mail and phone links in bodies alone', () => {
    for (const url of ['/articles/x/', '#faq', './a.png', '../b/', '?q=1', 'mailto:a@b.cn', 'tel:95588']) {
      expect(classifyUrl(url, 'link'), url).toEqual({ kind: 'internal' });
    }
  });

  it('treats absolute links to the site itself as internal, with or without www.', () => {
    const options = { siteHost: 'pos.example.com' };
    expect(classifyUrl('https://pos.example.com/articles/x/', 'link', options)).toEqual({ kind: 'internal' });
    expect(classifyUrl('http://www.pos.example.com/', 'link', options)).toEqual({ kind: 'internal' });
    expect(classifyUrl('https://other.example.com/', 'link', options).kind).toBe('external');
  });

  it('accepts Chinese domain names, which browsers turn into punycode', () => {
    // The ideographic full stop is a label separator in IDNA, as in browsers.
    expect(classifyUrl('https://例子。中国/', 'link')).toMatchObject({
      kind: 'external',
      href: 'https://xn--fsqu00a.xn--fiqs8s/',
      problems: [],
    });
  });

  it('accepts https URLs everywhere and requests them without the fragment', () => {
    for (const kind of ['channel', 'author', 'source', 'link', 'image'] as UseKind[]) {
      expect(classifyUrl('https://www.pbc.gov.cn/a/b.html#part', kind)).toEqual({
        kind: 'external',
        href: 'https://www.pbc.gov.cn/a/b.html',
        requestable: true,
        problems: [],
      });
    }
  });

  it('requires https for channels, authors and sources but only warns about http in bodies', () => {
    expect(severities(classifyUrl('http://www.pbc.gov.cn/', 'channel'))).toBe('error');
    expect(severities(classifyUrl('http://www.pbc.gov.cn/', 'author'))).toBe('error');
    const source = classifyUrl('http://www.pbc.gov.cn/', 'source');
    expect(source.kind === 'external' && source.problems[0]!.message).toContain('参考资料（sources）的 url 必须以 https:// 开头');
    const body = classifyUrl('http://www.pbc.gov.cn/', 'link');
    expect(body).toMatchObject({ kind: 'external', requestable: true, problems: [{ severity: 'warning' }] });
  });

  it('rejects relative and non-web values where a full https URL is required', () => {
    expect(severities(classifyUrl('/channels/', 'channel'))).toBe('error');
    expect(severities(classifyUrl('www.lakala.com', 'source'))).toBe('error');
    expect(severities(classifyUrl('mailto:a@b.cn', 'author'))).toBe('error');
    expect(severities(classifyUrl('//www.lakala.com/', 'channel'))).toBe('error');
    // In a body a protocol-relative link opens over https, like the page.
    expect(classifyUrl('//www.lakala.com/a', 'link')).toMatchObject({ kind: 'external', href: 'https://www.lakala.com/a', problems: [] });
  });

  it('reports malformed URLs, missing hosts and non-web schemes as errors', () => {
    const cases: [string, string][] = [
      ['https://exa mple.com/', '网址格式不对'],
      ['https://www.lakala.com：8080/', '网址格式不对'],
      ['https://www.lakala,com/', '域名里有不该出现的字符'],
      ['https://a..b.com/', '域名里有不该出现的字符'],
      ['https:/www.lakala.com/', '少了斜杠'],
      ['https://', '缺少域名'],
      ['https:///path', '缺少域名'],
      ['//', '缺少域名'],
      ['javascript:alert(1)', '不是网页链接'],
      ['ftp://files.example.com/a', '不是网页链接'],
    ];
    for (const [url, message] of cases) {
      const target = classifyUrl(url, 'link');
      expect(target.kind, url).toBe('invalid');
      expect(target.kind !== 'internal' && target.problems[0]!.message, url).toContain(message);
    }
  });

  it('refuses to request local and private addresses', () => {
    for (const url of [
      'http://localhost:4321/',
      'https://app.localhost/',
      'http://printer.local/',
      'http://127.0.0.1/',
      'http://127.1/', // the URL parser turns this into 127.0.0.1
      'http://10.1.2.3/',
      'http://172.16.0.1/',
      'http://172.31.255.255/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data',
      'http://100.64.0.1/',
      'http://0.0.0.0/',
      'http://[::1]/',
      'http://[fd12:3456::1]/',
      'http://[fe80::1]/',
      'http://[::ffff:192.168.0.1]/',
      'https://intranet/',
    ]) {
      const target = classifyUrl(url, 'link');
      expect(target, url).toMatchObject({ kind: 'external', requestable: false });
      expect(target.kind === 'external' && target.problems.some((p) => p.severity === 'error'), url).toBe(true);
    }
    for (const url of ['http://172.32.0.1/', 'http://11.0.0.1/', 'http://[2001:db8::1]/', 'https://100.128.0.1/']) {
      expect(classifyUrl(url, 'link'), url).toMatchObject({ kind: 'external', requestable: true });
    }
  });

  it('names the reason a host cannot be reached', () => {
    expect(unreachableHost('localhost')).toBe('本机或内网地址');
    expect(unreachableHost('intranet')).toBe('不完整的域名');
    expect(unreachableHost('www.pbc.gov.cn')).toBeUndefined();
  });

  it('lets allowed hosts through over http, for a local test server', () => {
    const allowHosts = new Set(['127.0.0.1']);
    expect(classifyUrl('http://127.0.0.1:8080/ok', 'link', { allowHosts })).toEqual({
      kind: 'external',
      href: 'http://127.0.0.1:8080/ok',
      requestable: true,
      problems: [],
    });
    expect(classifyUrl('http://127.0.0.1:8080/ok', 'source', { allowHosts })).toMatchObject({ problems: [] });
    expect(classifyUrl('http://192.168.1.1/', 'link', { allowHosts }).kind === 'external').toBe(true);
    expect(classifyUrl('http://192.168.1.1/', 'link', { allowHosts })).toMatchObject({ requestable: false });
  });
});

describe('checkOffline', () => {
  const use = (url: string, file: string, line: number, kind: UseKind = 'link'): LinkUse => ({ url, file, line, kind });

  it('groups uses by the URL requested, keeping every file and line', () => {
    const result = checkOffline([
      use('https://a.example.com/p#one', 'b.md', 3),
      use('https://A.example.com/p#two', 'a.md', 9),
      use('https://a.example.com/p', 'channels/c.yaml', 3, 'channel'),
      use('/articles/x/', 'a.md', 10),
      use('https://b.example.com/', 'a.md', 1, 'source'),
    ]);
    expect(result.findings).toEqual([]);
    expect(result.groups.map((g) => [g.href, g.uses.map((u) => `${u.file}:${u.line}`)])).toEqual([
      ['https://a.example.com/p', ['a.md:9', 'b.md:3', 'channels/c.yaml:3']],
      ['https://b.example.com/', ['a.md:1']],
    ]);
  });

  it('reports one finding per use, sorted by file and line, and keeps unreachable URLs out of the requests', () => {
    const result = checkOffline([
      use('http://localhost:3000/', 'b.md', 7),
      use('http://x.example.com/', 'b.md', 2),
      use('http://x.example.com/', 'channels/x.yaml', 3, 'channel'),
      use('https://bad host/', 'a.md', 12),
    ]);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual([
      'a.md:12 error',
      'b.md:2 warning',
      'b.md:7 error',
      'channels/x.yaml:3 error',
    ]);
    expect(result.groups.map((g) => g.href)).toEqual(['http://x.example.com/']);
    expect(result.unrequestable.map((g) => g.href)).toEqual(['http://localhost:3000/']);
    expect(formatFinding(result.findings[0]!)).toMatch(/^a\.md:12 {2}error {2}网址格式不对/);
  });
});
