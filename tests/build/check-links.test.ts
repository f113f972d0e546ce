// `npm run check:links` as editors run it, on a copy of the fixture content plus articles that
// link to a local server. Live runs only ever reach 127.0.0.1: the CLI is limited to that host
// (--only) and preloaded with tests/helpers/loopback-only.ts, which fails any other request.
//
// Sources must be https (the contract), so the server listens twice: plain HTTP for body links,
// and HTTPS with a self-signed certificate for 127.0.0.1, made here with openssl and trusted by
// the CLI through NODE_EXTRA_CA_CERTS. --allow-host 127.0.0.1 lets the checker accept a
// loopback address (and http) that it would report as unreachable for readers.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runLoopbackCli, type Run } from '../helpers/cli.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, scratch, type Scratch } from '../helpers/fixture.ts';

function checkLinks(s: Scratch, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runLoopbackCli('scripts/check-links.ts', args, { CONTENT_DIR: s.content, SITE_URL: 'https://fixture.example.com', ...env });
}

/** One block per reported URL: "✗ 失效  <url>" or "→ 重定向  <url>", then indented lines. */
function blocks(stdout: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const block of stdout.split(/\n\n+/)) {
    const [head, ...rest] = block.split('\n');
    const m = /^(?:✗ 失效|→ 重定向) {2}(\S+)$/.exec(head ?? '');
    if (m)
      found.set(
        `${head!.startsWith('✗') ? 'dead' : 'redirect'} ${m[1]}`,
        rest.map((line) => line.trim()),
      );
  }
  return found;
}

describe('check:links --live against a local server', () => {
  const s = scratch('check-links-live');
  const hits: string[] = [];
  const servers: Server[] = [];
  let http = '';
  let https = '';
  let run: Run;

  const routes = () => {
    let flaky = 0;
    return (req: IncomingMessage, res: ServerResponse) => {
      hits.push(`${req.socket.localPort} ${req.method} ${req.url} ${req.headers['user-agent']}`);
      switch (req.url) {
        case '/ok':
          return res.writeHead(200, { 'content-type': 'text/html' }).end('ok');
        case '/moved':
          return res.writeHead(301, { location: '/ok' }).end();
        case '/hang':
          return; // never answers: only the checker's timeout ends this request
        case '/flaky':
          return res.writeHead(flaky++ === 0 ? 500 : 200).end();
        default:
          return res.writeHead(404).end('not found');
      }
    };
  };
  const listen = (server: Server) =>
    new Promise<number>((resolve) => {
      servers.push(server);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });

  beforeAll(async () => {
    const key = join(s.dir, 'key.pem');
    const cert = join(s.dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    http = `http://127.0.0.1:${await listen(createHttpServer(routes()))}`;
    https = `https://127.0.0.1:${await listen(createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, routes()))}`;

    s.write(
      'articles/links.md',
      [
        '---', // 1
        'title: 链接检查', // 2
        'description: 用来测试链接检查的文章。', // 3
        'pubDate: 2026-03-01', // 4
        'category: beta', // 5
        'author: ed', // 6
        'sources:', // 7
        '  - title: 正常的来源', // 8
        `    url: ${https}/ok`, // 9
        '  - title: 已删除的来源', // 10
        `    url: ${https}/gone`, // 11
        '---', // 12
        '', // 13
        `先看 [正常页面](${http}/ok)。`, // 14
        '', // 15
        `[已经搬走的页面](${http}/moved)`, // 16
        '', // 17
        `![已删除的图片](${http}/gone)`, // 18
        '', // 19
        `直接写出的网址 ${http}/hang 也会被检查。`, // 20
        '', // 21
        `[偶尔出错的页面](${http}/flaky)`, // 22
        '', // 23
        '```', // 24
        `${http}/gone-but-only-in-code`, // 25
        '```', // 26
        '',
      ].join('\n'),
    );
    s.write(
      'articles/links-mdx.mdx',
      article(
        { title: 'MDX 里的链接', category: 'beta' },
        // The helper puts the body on line 9.
        `<a href="${http}/gone">同一个失效网址</a>\n\n[又一次搬走的页面](${http}/moved#part)`,
      ),
    );
    run = await checkLinks(s, ['--live', '--timeout', '1500', '--only', '127.0.0.1', '--allow-host', '127.0.0.1'], {
      NODE_EXTRA_CA_CERTS: cert,
    });
  });

  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reports exactly the dead and redirected URLs, each with every file and line that uses it', () => {
    const md = s.label('articles/links.md');
    const mdx = s.label('articles/links-mdx.mdx');
    expect(Object.fromEntries(blocks(run.stdout))).toEqual({
      [`dead ${http}/gone`]: ['页面不存在（404）', `${mdx}:9（正文链接）`, `${md}:18（正文图片）`],
      [`dead ${https}/gone`]: ['页面不存在（404）', `${md}:11（参考资料）`],
      [`dead ${http}/hang`]: ['超时：1.5 秒内没有响应，共尝试 3 次', `${md}:20（正文链接）`],
      [`redirect ${http}/moved`]: [`已重定向到 ${http}/ok（301），请改成新地址`, `${mdx}:11（正文链接）`, `${md}:16（正文链接）`],
    });
    expect(run.stdout).not.toContain('/flaky');
    expect(run.stdout).not.toContain('/ok\n');
    expect(run.stdout).not.toContain('gone-but-only-in-code');
    expect(run.stdout).toContain('链接检查：共 7 个外部网址，3 个正常，3 个失效，1 个已重定向；格式全部正确。');
    expect(run.status).toBe(1);
  });

  it('retried the flaky and the hanging URL, asked each URL with HEAD and named the site', () => {
    const requests = (path: string) => hits.filter((h) => h.split(' ')[2] === path);
    expect(requests('/flaky')).toHaveLength(2);
    expect(requests('/hang')).toHaveLength(3);
    expect(requests('/gone')).toHaveLength(2); // once per server: a 404 is not retried
    expect(hits.every((h) => h.split(' ')[1] === 'HEAD')).toBe(true);
    expect(hits.every((h) => h.includes('pos-zhishi-link-check/1.0; +https://fixture.example.com'))).toBe(true);
    // Redirects are reported, not followed: /ok was asked for by the two /ok links only.
    expect(requests('/ok')).toHaveLength(2);
  });

  it('left every other URL of the fixture alone and said so', () => {
    expect(run.stdout + run.stderr).not.toContain('测试只允许访问 127.0.0.1');
    expect(run.stdout).toMatch(/只检查了 127\.0\.0\.1 上的网址，其他 \d+ 个网址没有检查。/);
  });
});

describe('check:links offline', () => {
  const s = scratch('check-links-offline');
  s.write(
    'channels/plain-http.yaml',
    'name: 明文渠道\nkind: bank\nurl: http://bank.example.com/\ndescription: 只有 http 的渠道。\nverifiedAt: 2026-05-01\n',
  );
  s.write(
    'articles/bad-links.md',
    [
      '---', // 1
      'title: 有问题的链接', // 2
      'description: 摘要。', // 3
      'pubDate: 2026-03-01', // 4
      'category: beta', // 5
      'author: ed', // 6
      'sources:', // 7
      '  - title: 明文来源', // 8
      '    url: http://www.pbc.gov.cn/', // 9
      '---', // 10
      '', // 11
      '[本机](http://localhost:4321/admin) 和 [内网](https://192.168.1.10/)', // 12
      '', // 13
      '[打错的域名](https://www.lakala,com/) 和 [少了斜杠](https:/www.lakala.com/)', // 14
      '', // 15
      '[明文](http://www.example.com/page) 和 [站内](/articles/hello-world/) 和 [邮件](mailto:a@example.com)', // 16
      '',
    ].join('\n'),
  );

  it('prints one line per problem with file, line and severity, and exits 1 on errors', async () => {
    const run = await checkLinks(s, []);
    const file = s.label('articles/bad-links.md');
    const lines = run.stdout.split('\n').filter((line) => /^\S+:\d+ {2}(error|warning) {2}/.test(line));
    expect(lines.map((line) => line.split('  ').slice(0, 2).join(' '))).toEqual([
      `${file}:9 error`,
      `${file}:12 error`,
      `${file}:12 error`,
      `${file}:14 error`,
      `${file}:14 error`,
      `${file}:16 warning`,
      `${s.label('channels/plain-http.yaml')}:3 error`,
    ]);
    expect(lines[0]).toContain('参考资料（sources）的 url 必须以 https:// 开头');
    expect(lines[1]).toContain('指向本机或内网地址（localhost）');
    expect(lines[3]).toContain('域名里有不该出现的字符');
    expect(lines[4]).toContain('少了斜杠');
    expect(run.stdout).toContain('有错误，请修改后再发布。');
    expect(run.status).toBe(1);
  });

  it('gives the same findings as JSON', async () => {
    const run = await checkLinks(s, ['--format', 'json']);
    const report = JSON.parse(run.stdout) as { live: boolean; counts: { errors: number; warnings: number }; findings: { line: number }[] };
    expect(report.live).toBe(false);
    expect(report.counts).toMatchObject({ errors: 6, warnings: 1 });
    expect(report.findings.map((f) => f.line)).toEqual([9, 12, 12, 14, 14, 16, 3]);
    expect(run.status).toBe(1);
  });

  it('passes the unchanged fixture, whose links are all https', async () => {
    const clean = scratch('check-links-clean');
    const run = await checkLinks(clean, []);
    expect(run.stdout).toMatch(/^链接检查（离线）：共 \d+ 个外部网址，格式全部正确。/m);
    expect(run.status).toBe(0);
  });

  it('rejects bad options with exit code 2', async () => {
    const run = await checkLinks(s, ['--timeout', 'soon']);
    expect(run.stderr).toContain('--timeout 应是不小于 1 的整数');
    expect(run.status).toBe(2);
  });
});
