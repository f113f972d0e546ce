// `npm run notify` as the deploy job and maintainers run it, against a local server that plays
// both engines (IndexNow at /indexnow, Baidu's 普通收录 API at /urls). The CLI is preloaded with
// tests/helpers/loopback-only.ts: any request to a host other than 127.0.0.1 fails at once.
// Most runs read a small hand-written dist/ (the sitemaps as @astrojs/sitemap writes them); the
// dry run and the key file use a real fixture build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runLoopbackCli, type Run } from '../helpers/cli.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toYmd } from '../../src/lib/dates.ts';
import { build, FIXTURE_NOW, ROOT, scratch, article, type BuildResult } from '../helpers/fixture.ts';

const SITE = 'https://fixture.example.com';
const KEY = '5f2b7c0e9a1d4e3f8b6a';
const TOKEN = 'tok-secret-123';
const TMP = join(ROOT, 'tests/.tmp/notify');

type EngineName = 'indexnow' | 'baidu';
interface Seen {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType: string | undefined;
  body: string;
}
interface Reply {
  status: number;
  body: string;
}

// The local engines: what they were sent, and what they answer next.
const seen: Record<EngineName, Seen[]> = { indexnow: [], baidu: [] };
const ok: Record<EngineName, (body: string) => Reply> = {
  indexnow: () => ({ status: 200, body: '' }),
  baidu: (body) => ({ status: 200, body: JSON.stringify({ remain: 1000, success: body.split('\n').length }) }),
};
let reply = { ...ok };
let server: Server;
let base = '';
// Here, not in beforeAll: the describe blocks below write their sites while they are collected.
rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const engine: EngineName | undefined = url.pathname === '/indexnow' ? 'indexnow' : url.pathname === '/urls' ? 'baidu' : undefined;
      if (!engine) return res.writeHead(404).end();
      seen[engine].push({
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        contentType: req.headers['content-type'],
        body,
      });
      const answer = reply[engine](body);
      res.writeHead(answer.status, { 'content-type': engine === 'baidu' ? 'application/json' : 'text/plain' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen.indexnow = [];
  seen.baidu = [];
  reply = { ...ok };
});

function notify(args: string[], env: Record<string, string> = {}, preload: string[] = []): Promise<Run> {
  return runLoopbackCli(
    'scripts/notify.ts',
    args,
    {
      SITE_URL: SITE,
      INDEXNOW_KEY: KEY,
      BAIDU_PUSH_SITE: SITE,
      BAIDU_PUSH_TOKEN: TOKEN,
      INDEXNOW_ENDPOINT: `${base}/indexnow`,
      BAIDU_PUSH_ENDPOINT: `${base}/urls`,
      ...env,
    },
    preload,
  );
}

/** A built site's sitemaps, in @astrojs/sitemap's format, and the IndexNow key file. */
function writeDist(name: string, pages: [path: string, lastmod?: string][]): string {
  const dist = join(TMP, name);
  mkdirSync(dist, { recursive: true });
  const urls = pages
    .map(([path, lastmod]) => `<url><loc>${SITE}${path}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
    .join('');
  writeFileSync(
    join(dist, 'sitemap-index.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${SITE}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
  );
  writeFileSync(
    join(dist, 'sitemap-0.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`,
  );
  writeFileSync(join(dist, `${KEY}.txt`), KEY);
  return dist;
}

const readRecord = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const PAGES: [string, string?][] = [['/', '2026-03-10T16:00:00.000Z'], ['/about/'], ['/articles/a/', '2026-03-01T16:00:00.000Z']];

describe('pushing the sitemap, then only what changed', () => {
  const dist = writeDist('push', PAGES);
  const record = join(TMP, 'push-record/pushed.json');
  const env = { NOTIFY_RECORD: record };
  const fromSitemap = ['--from-sitemap', '--dist', dist];

  it('sends every URL to both engines in their formats and records them', async () => {
    const run = await notify(fromSitemap, env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const urls = PAGES.map(([path]) => `${SITE}${path}`);

    expect(seen.indexnow).toHaveLength(1);
    const [indexNow] = seen.indexnow;
    expect(indexNow!.method).toBe('POST');
    expect(indexNow!.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(indexNow!.body)).toEqual({ host: 'fixture.example.com', key: KEY, keyLocation: `${SITE}/${KEY}.txt`, urlList: urls });

    expect(seen.baidu).toHaveLength(1);
    const [baidu] = seen.baidu;
    expect(baidu!.method).toBe('POST');
    expect(baidu!.query).toEqual({ site: SITE, token: TOKEN });
    expect(baidu!.contentType).toBe('text/plain');
    expect(baidu!.body).toBe(urls.join('\n'));

    expect(run.stdout).toContain(`站点 ${SITE}：${dist}/sitemap-index.xml，共 3 个网址。`);
    expect(run.stdout).toContain('IndexNow：已推送 3 个网址。');
    expect(run.stdout).toContain('百度：已推送 3 个网址，今天还可推送 1000 个。');
    expect(run.stdout).not.toContain(TOKEN);

    const saved = readRecord(record);
    for (const engine of ['indexnow', 'baidu']) {
      expect(Object.keys(saved.engines[engine])).toEqual(urls);
      expect(saved.engines[engine][`${SITE}/`].lastmod).toBe('2026-03-10T16:00:00.000Z');
      expect(saved.engines[engine][`${SITE}/about/`]).toEqual({ pushedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    }
    expect(saved.quota.baidu).toEqual({ day: toYmd(new Date()), remain: 1000 });
  });

  it('sends nothing on a second run', async () => {
    const before = readFileSync(record, 'utf8');
    const run = await notify(fromSitemap, env);
    expect(run.status).toBe(0);
    expect(seen.indexnow).toEqual([]);
    expect(seen.baidu).toEqual([]);
    expect(run.stdout).toContain('IndexNow：没有新的或有变化的网址（另有 3 个已推送过且没有变化，跳过）。');
    expect(run.stdout).toContain('百度：没有新的或有变化的网址（另有 3 个已推送过且没有变化，跳过）。');
    expect(readFileSync(record, 'utf8')).toBe(before);
  });

  it('sends a URL again when its lastmod changed, and only that one', async () => {
    writeDist('push', [PAGES[0]!, PAGES[1]!, ['/articles/a/', '2026-03-20T16:00:00.000Z']]);
    const run = await notify(fromSitemap, env);
    expect(run.status).toBe(0);
    expect(JSON.parse(seen.indexnow[0]!.body).urlList).toEqual([`${SITE}/articles/a/`]);
    expect(seen.baidu[0]!.body).toBe(`${SITE}/articles/a/`);
    expect(readRecord(record).engines.baidu[`${SITE}/articles/a/`].lastmod).toBe('2026-03-20T16:00:00.000Z');
  });

  it('on a refusal, shows the engine, status and body, and keeps that engine’s record as it was', async () => {
    writeDist('push', [['/', '2026-04-01T16:00:00.000Z'], PAGES[1]!, ['/articles/a/', '2026-03-20T16:00:00.000Z']]);
    const before = readRecord(record);
    reply.indexnow = () => ({ status: 403, body: 'Forbidden: key not valid' });
    const run = await notify(fromSitemap, env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('IndexNow 推送失败：HTTP 403（密钥无效：');
    expect(run.stderr).toContain('答复：Forbidden: key not valid');
    expect(run.stderr).toContain('IndexNow：这 1 个网址没有记录，下次运行会再推送。');
    const after = readRecord(record);
    expect(after.engines.indexnow).toEqual(before.engines.indexnow);
    // Baidu took it: recorded.
    expect(after.engines.baidu[`${SITE}/`].lastmod).toBe('2026-04-01T16:00:00.000Z');

    // The next run, with IndexNow answering again, offers it the URL again, and Baidu nothing.
    reply = { ...ok };
    const again = await notify(fromSitemap, env);
    expect(again.status).toBe(0);
    expect(JSON.parse(seen.indexnow.at(-1)!.body).urlList).toEqual([`${SITE}/`]);
    expect(seen.baidu).toHaveLength(1);
  });

  it('shows Baidu’s error message and what to check', async () => {
    writeDist('push', [['/', '2026-04-02T16:00:00.000Z'], PAGES[1]!]);
    reply.baidu = () => ({ status: 401, body: '{"error":401,"message":"token is not valid"}' });
    const before = readRecord(record);
    const run = await notify([...fromSitemap, '--engine', 'baidu'], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('百度推送失败：HTTP 401，token is not valid；检查 BAIDU_PUSH_TOKEN');
    expect(run.stderr).toContain('答复：{"error":401,"message":"token is not valid"}');
    expect(run.stderr + run.stdout).not.toContain(TOKEN);
    expect(readRecord(record).engines.baidu).toEqual(before.engines.baidu);
    expect(seen.indexnow).toEqual([]);
  });
});

describe('Baidu’s daily quota', () => {
  it('sends at most 2,000 URLs a request, stops when remain is 0 and keeps the rest for next time', async () => {
    const pages = Array.from({ length: 2003 }, (_, i): [string, string] => [`/articles/p-${i}/`, '2026-03-01T16:00:00.000Z']);
    const dist = writeDist('quota', pages);
    const record = join(TMP, 'quota.json');
    reply.baidu = (body) => ({ status: 200, body: JSON.stringify({ remain: 0, success: body.split('\n').length }) });
    const run = await notify(['--from-sitemap', '--dist', dist, '--engine', 'baidu'], { NOTIFY_RECORD: record });
    expect(run.status).toBe(0);
    expect(seen.baidu).toHaveLength(1);
    expect(seen.baidu[0]!.body.split('\n')).toHaveLength(2000);
    const rest = pages.slice(2000).map(([path]) => `  ${SITE}${path}`);
    expect(run.stdout).toContain(
      ['百度：今天的配额已用完，还有 3 个网址没有推送，留待下次（没有记录，下次运行会推送）：', ...rest].join('\n'),
    );
    const saved = readRecord(record);
    expect(Object.keys(saved.engines.baidu)).toHaveLength(2000);
    expect(saved.engines.baidu[`${SITE}/articles/p-2000/`]).toBeUndefined();
    expect(saved.quota.baidu).toEqual({ day: toYmd(new Date()), remain: 0 });

    // Later the same day: nothing is sent, the same three wait.
    const later = await notify(['--from-sitemap', '--dist', dist, '--engine', 'baidu'], { NOTIFY_RECORD: record });
    expect(later.status).toBe(0);
    expect(seen.baidu).toHaveLength(1);
    expect(later.stdout).toContain('还有 3 个网址没有推送');
  });

  it('sends no more than the quota Baidu reported earlier that day', async () => {
    const dist = writeDist('quota-known', PAGES);
    const record = join(TMP, 'quota-known.json');
    writeFileSync(record, JSON.stringify({ version: 1, engines: {}, quota: { baidu: { day: toYmd(new Date()), remain: 2 } } }));
    reply.baidu = () => ({ status: 200, body: '{"remain":0,"success":2}' });
    const run = await notify(['--from-sitemap', '--dist', dist, '--engine', 'baidu'], { NOTIFY_RECORD: record });
    expect(run.status).toBe(0);
    expect(seen.baidu[0]!.body).toBe(`${SITE}/\n${SITE}/about/`);
    expect(Object.keys(readRecord(record).engines.baidu)).toEqual([`${SITE}/`, `${SITE}/about/`]);
    expect(run.stdout).toContain(`还有 1 个网址没有推送，留待下次（没有记录，下次运行会推送）：\n  ${SITE}/articles/a/`);
  });

  it('takes "over quota" as the end of today’s quota, recording nothing', async () => {
    const dist = writeDist('over-quota', PAGES);
    const record = join(TMP, 'over-quota.json');
    reply.baidu = () => ({ status: 400, body: '{"error":400,"message":"over quota"}' });
    const run = await notify(['--from-sitemap', '--dist', dist, '--engine', 'baidu'], { NOTIFY_RECORD: record });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('百度：今日配额已用完（over quota），这一批没有被接受。');
    expect(run.stdout).toContain('还有 3 个网址没有推送');
    expect(readRecord(record).engines).toEqual({ baidu: {} });
  });
});

describe('settings', () => {
  const dist = writeDist('settings', PAGES);
  const record = join(TMP, 'settings.json');
  const args = ['--from-sitemap', '--dist', dist];

  it('names the missing variables, and sends nothing', async () => {
    const none = await notify(args, { NOTIFY_RECORD: record, INDEXNOW_KEY: '', BAIDU_PUSH_SITE: '', BAIDU_PUSH_TOKEN: '' });
    expect(none.status).toBe(1);
    expect(none.stderr.trim()).toBe(
      '没有可推送的搜索引擎：设置 INDEXNOW_KEY（IndexNow），或 BAIDU_PUSH_SITE 和 BAIDU_PUSH_TOKEN（百度）。',
    );

    const half = await notify(args, { NOTIFY_RECORD: record, BAIDU_PUSH_TOKEN: '' });
    expect(half.status).toBe(1);
    expect(half.stderr.trim()).toBe('百度 需要环境变量 BAIDU_PUSH_TOKEN，它没有设置。');

    const asked = await notify([...args, '--engine', 'indexnow'], { NOTIFY_RECORD: record, INDEXNOW_KEY: '' });
    expect(asked.stderr.trim()).toBe('IndexNow 需要环境变量 INDEXNOW_KEY，它没有设置。');

    const site = await notify(args, { NOTIFY_RECORD: record, SITE_URL: '' });
    expect(site.stderr).toContain('推送需要环境变量 SITE_URL');

    expect(seen.indexnow).toEqual([]);
    expect(seen.baidu).toEqual([]);
    expect(existsSync(record)).toBe(false);
  });

  it('skips an engine that is not configured at all, saying so', async () => {
    const run = await notify(args, { NOTIFY_RECORD: record, BAIDU_PUSH_SITE: '', BAIDU_PUSH_TOKEN: '' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('百度：没有设置 BAIDU_PUSH_SITE、BAIDU_PUSH_TOKEN，跳过。');
    expect(seen.indexnow).toHaveLength(1);
    expect(readRecord(record).engines.baidu).toBeUndefined();
  });

  it('refuses to push to IndexNow from a site that does not serve the key', async () => {
    const other = await notify(args, { NOTIFY_RECORD: join(TMP, 'settings-key.json'), INDEXNOW_KEY: 'another-key-0000' });
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(`another-key-0000.txt 不存在或内容与 INDEXNOW_KEY 不同`);
    expect(seen.indexnow).toEqual([]);
  });

  it('refuses URLs of another site', async () => {
    const run = await notify(['https://elsewhere.example.com/a/', '/articles/b/'], { NOTIFY_RECORD: record });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`命令行里有 1 个网址不属于站点 ${SITE}`);
    expect(seen.indexnow).toEqual([]);
  });

  it('explains a bad command line with the usage', async () => {
    const run = await notify(['--from-sitemap', '--changed-since', 'HEAD']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('网址来源只能选一个');
    expect(run.stderr).toContain('用法：npm run notify');
  });

  it('pushes URLs named by hand, once', async () => {
    const handRecord = join(TMP, 'by-hand.json');
    const run = await notify(['/articles/b/', `${SITE}/articles/c/`], { NOTIFY_RECORD: handRecord });
    expect(run.status).toBe(0);
    expect(JSON.parse(seen.indexnow[0]!.body).urlList).toEqual([`${SITE}/articles/b/`, `${SITE}/articles/c/`]);
    const again = await notify(['/articles/b/'], { NOTIFY_RECORD: handRecord });
    expect(again.stdout).toContain('IndexNow：没有新的或有变化的网址（另有 1 个已推送过且没有变化，跳过）。');
    const forced = await notify(['/articles/b/', '--force', '--engine', 'indexnow'], { NOTIFY_RECORD: handRecord });
    expect(forced.status).toBe(0);
    expect(seen.indexnow).toHaveLength(2);
  });

  it('--from-sitemap loads no npm package: the deploy job runs it without node_modules', async () => {
    const hook = `import { registerHooks } from 'node:module';
registerHooks({ resolve(specifier, context, next) {
  if (!/^(node:|\\.|\\/|file:|data:)/.test(specifier)) throw new Error('npm package imported: ' + specifier);
  return next(specifier, context);
} });`;
    const run = await notify(args, { NOTIFY_RECORD: join(TMP, 'no-packages.json') }, [
      '--import',
      `data:text/javascript,${encodeURIComponent(hook)}`,
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(seen.indexnow).toHaveLength(1);
  });
});

describe('--changed-since', () => {
  const repo = join(TMP, 'repo');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      stdio: 'pipe',
    });
  const s = scratch('notify-changed');

  beforeAll(() => {
    rmSync(repo, { recursive: true, force: true });
    mkdirSync(repo, { recursive: true });
    execFileSync('cp', ['-r', s.content, repo]);
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    const content = (file: string) => join(repo, 'content', file);
    // Edited: one under its file name, one whose slug: in frontmatter differs from its file name.
    writeFileSync(
      content('articles/hello-world.md'),
      readFileSync(content('articles/hello-world.md'), 'utf8').replace('正文', '改过的正文'),
    );
    writeFileSync(content('articles/中文文件名.md'), `${readFileSync(content('articles/中文文件名.md'), 'utf8')}\n补充一段。\n`);
    // New, with its own slug; a draft and a noindex page, which have no URL to push.
    writeFileSync(
      content('articles/新文章.md'),
      article({ title: '新文章', slug: 'xin-wen-zhang', pubDate: '2026-05-01', updatedDate: '2026-05-20' }),
    );
    writeFileSync(content('articles/draft-post.md'), `${readFileSync(content('articles/draft-post.md'), 'utf8')}\n改了草稿。\n`);
    writeFileSync(content('articles/hidden-page.md'), `${readFileSync(content('articles/hidden-page.md'), 'utf8')}\n改了。\n`);
    git('add', '-A');
    git('commit', '-q', '-m', 'second');
  });

  it('lists the changed articles’ URLs, honouring slug overrides, and leaves out what is not public', async () => {
    const run = await notify(['--changed-since', 'HEAD~1', '--dry-run'], {
      CONTENT_DIR: join(repo, 'content'),
      BUILD_NOW: FIXTURE_NOW,
      NOTIFY_RECORD: join(TMP, 'changed.json'),
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // In git's order of the file names (hello-world.md, 中文文件名.md, 新文章.md).
    const urls = ['hello-world', 'zhong-wen-wen-jian-ming', 'xin-wen-zhang'].map((slug) => `  ${SITE}/articles/${slug}/`);
    expect(run.stdout).toContain(['IndexNow（' + base + '/indexnow）将推送 3 个网址：', ...urls].join('\n'));
    expect(run.stdout).toContain(['百度（' + base + '/urls）将推送 3 个网址：', ...urls].join('\n'));
    expect(run.stdout).toMatch(/跳过 .*draft-post\.md：草稿。/);
    expect(run.stdout).toMatch(/跳过 .*hidden-page\.md：noindex，不进 sitemap。/);
    expect(seen.indexnow).toEqual([]);
    expect(existsSync(join(TMP, 'changed.json'))).toBe(false);
  });

  it('pushes them with the sitemap’s lastmod, so --from-sitemap does not push them again', async () => {
    const record = join(TMP, 'changed-real.json');
    const run = await notify(['--changed-since', 'HEAD~1', '--engine', 'baidu'], {
      CONTENT_DIR: join(repo, 'content'),
      BUILD_NOW: FIXTURE_NOW,
      NOTIFY_RECORD: record,
    });
    expect(run.status).toBe(0);
    // updatedDate 2026-05-20 is that day in Beijing.
    expect(readRecord(record).engines.baidu[`${SITE}/articles/xin-wen-zhang/`].lastmod).toBe('2026-05-19T16:00:00.000Z');
  });

  it('names a commit git does not know', async () => {
    const run = await notify(['--changed-since', 'no-such-ref', '--dry-run'], { CONTENT_DIR: join(repo, 'content') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('git 找不到提交 “no-such-ref”');
  });
});

describe('with a real build', () => {
  const s = scratch('notify-build');
  let result: BuildResult;

  beforeAll(() => {
    result = build(s, { INDEXNOW_KEY: KEY });
    if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stderr}\n${result.stdout}`);
  });

  it('writes the IndexNow key file at the top of the site, holding exactly the key', () => {
    expect(readFileSync(join(s.dist, `${KEY}.txt`), 'utf8')).toBe(KEY);
  });

  it('--dry-run --from-sitemap lists per engine what it would send, sending and writing nothing', async () => {
    const record = join(TMP, 'dry.json');
    const sitemap = [...readFileSync(join(s.dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => `  ${m[1]}`);
    expect(sitemap.length).toBeGreaterThan(10);
    const run = await notify(['--from-sitemap', '--dry-run', '--dist', s.dist], {
      NOTIFY_RECORD: record,
      INDEXNOW_ENDPOINT: '',
      BAIDU_PUSH_ENDPOINT: '',
      BAIDU_PUSH_TOKEN: '',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        '试运行（--dry-run）：不发送任何请求，也不写推送记录。',
        `站点 ${SITE}：${s.dist}/sitemap-index.xml，共 ${sitemap.length} 个网址。`,
        '百度：没有设置 BAIDU_PUSH_TOKEN（试运行照样列出；正式推送前要设置）。',
        `IndexNow（https://api.indexnow.org/indexnow）将推送 ${sitemap.length} 个网址：`,
        ...sitemap,
        `百度（http://data.zz.baidu.com/urls）将推送 ${sitemap.length} 个网址：`,
        ...sitemap,
        '',
      ].join('\n'),
    );
    expect(existsSync(record)).toBe(false);
  });

  it('a bad INDEXNOW_KEY fails the build before anything is built', () => {
    const bad = scratch('notify-bad-key');
    const run = build(bad, { INDEXNOW_KEY: 'not a key' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('环境变量 INDEXNOW_KEY 不是合法的 IndexNow 密钥：只能包含英文字母、数字和连字符（-）');
    expect(existsSync(bad.dist)).toBe(false);
  });
});
