// The command line, the environment's engines and the URLs named by hand.
import { describe, expect, it } from 'vitest';
import { parseNotifyArgs, UsageError } from '../../../scripts/notify/args.ts';
import { ConfigError, notifySite, setupEngines } from '../../../scripts/notify/env.ts';
import { siteTargets, targetsFromArgs } from '../../../scripts/notify/targets.ts';

const SITE = 'https://x.cn';
const KEY = { INDEXNOW_KEY: '0123456789abcdef' };
const BAIDU = { BAIDU_PUSH_SITE: 'https://x.cn', BAIDU_PUSH_TOKEN: 'tok' };
const ids = (env: Record<string, string>, options: Parameters<typeof setupEngines>[2] = { dryRun: false }) =>
  setupEngines(env, SITE, options).engines.map((e) => e.id);

describe('parseNotifyArgs', () => {
  it('takes exactly one source of URLs', () => {
    expect(parseNotifyArgs(['/a/', 'https://x.cn/b/']).source).toEqual({ kind: 'urls', urls: ['/a/', 'https://x.cn/b/'] });
    expect(parseNotifyArgs(['--changed-since', 'HEAD~1']).source).toEqual({ kind: 'changed-since', ref: 'HEAD~1' });
    expect(parseNotifyArgs(['--from-sitemap', '--dry-run'])).toMatchObject({
      source: { kind: 'sitemap' },
      dryRun: true,
      force: false,
      dist: 'dist',
    });
    expect(() => parseNotifyArgs([])).toThrow(UsageError);
    expect(() => parseNotifyArgs(['--from-sitemap', '/a/'])).toThrow('只能选一个');
  });

  it('reads the engines, the built folder and refuses unknown options', () => {
    expect(parseNotifyArgs(['--from-sitemap', '--engine', 'baidu', '--engine', 'baidu']).engines).toEqual(['baidu']);
    expect(() => parseNotifyArgs(['--from-sitemap', '--engine', 'google'])).toThrow('--engine 只能是 indexnow 或 baidu');
    expect(parseNotifyArgs(['--from-sitemap'], '/site/out').dist).toBe('/site/out');
    expect(parseNotifyArgs(['--from-sitemap', '--dist', 'x'], '/site/out').dist).toBe('x');
    expect(() => parseNotifyArgs(['--from-sitmap'])).toThrow(/^命令行有误/);
  });
});

describe('setupEngines', () => {
  it('uses every engine that is configured and says which it skips', () => {
    expect(ids({ ...KEY, ...BAIDU })).toEqual(['indexnow', 'baidu']);
    const { engines, notes } = setupEngines(KEY, SITE, { dryRun: false });
    expect(engines.map((e) => e.id)).toEqual(['indexnow']);
    expect(notes).toEqual(['百度：没有设置 BAIDU_PUSH_SITE、BAIDU_PUSH_TOKEN，跳过。']);
  });

  it('names the missing variable of a half-configured or requested engine', () => {
    expect(() => ids({ ...KEY, BAIDU_PUSH_SITE: 'https://x.cn' })).toThrow('百度 需要环境变量 BAIDU_PUSH_TOKEN，它没有设置。');
    expect(() => ids(BAIDU, { only: ['indexnow'], dryRun: false })).toThrow('IndexNow 需要环境变量 INDEXNOW_KEY，它没有设置。');
    expect(() => ids({})).toThrow(ConfigError);
    expect(() => ids({})).toThrow('没有可推送的搜索引擎：设置 INDEXNOW_KEY（IndexNow），或 BAIDU_PUSH_SITE 和 BAIDU_PUSH_TOKEN（百度）。');
  });

  it('needs no credentials for a dry run, and says what is missing', () => {
    const { engines, notes } = setupEngines({}, SITE, { dryRun: true });
    expect(engines.map((e) => e.id)).toEqual(['indexnow', 'baidu']);
    expect(notes[1]).toContain('没有设置 BAIDU_PUSH_SITE、BAIDU_PUSH_TOKEN（试运行照样列出');
  });

  it('takes the endpoints from the environment, and refuses a bad key or endpoint', () => {
    const { engines } = setupEngines(
      { ...KEY, ...BAIDU, INDEXNOW_ENDPOINT: 'http://127.0.0.1:1/in', BAIDU_PUSH_ENDPOINT: 'http://127.0.0.1:1/urls' },
      SITE,
      { dryRun: false },
    );
    expect(engines.map((e) => e.endpoint)).toEqual(['http://127.0.0.1:1/in', 'http://127.0.0.1:1/urls']);
    expect(engines.map((e) => e.maxBatch)).toEqual([10_000, 2000]);
    expect(() => ids({ INDEXNOW_KEY: 'short' })).toThrow('INDEXNOW_KEY 不是合法的 IndexNow 密钥');
    expect(() => ids({ ...KEY, INDEXNOW_ENDPOINT: 'nowhere' })).toThrow('INDEXNOW_ENDPOINT 不是网址');
  });
});

describe('notifySite', () => {
  it('needs SITE_URL for a real push, not for a dry run', () => {
    expect(notifySite({ SITE_URL: SITE }, SITE, false)).toBe(SITE);
    expect(notifySite({}, 'https://pos.example.com', true)).toBe('https://pos.example.com');
    expect(() => notifySite({}, 'https://pos.example.com', false)).toThrow('推送需要环境变量 SITE_URL');
  });
});

describe('URLs named by hand', () => {
  it('takes site paths and absolute URLs', () => {
    expect(targetsFromArgs(['/articles/a/', 'https://x.cn/b/'], SITE)).toEqual([
      { url: 'https://x.cn/articles/a/' },
      { url: 'https://x.cn/b/' },
    ]);
    expect(() => targetsFromArgs(['http://'], SITE)).toThrow('不是网址');
  });

  it('keeps one of each and refuses another site’s', () => {
    expect(siteTargets([{ url: 'https://x.cn/a/' }, { url: 'https://x.cn/a/', lastmod: 'x' }], SITE, '命令行')).toEqual([
      { url: 'https://x.cn/a/' },
    ]);
    expect(() => siteTargets([{ url: 'https://y.cn/a/' }, { url: 'http://x.cn/b/' }], SITE, '命令行')).toThrow(
      '命令行里有 2 个网址不属于站点 https://x.cn（SITE_URL；构建时和推送时的 SITE_URL 要一致）：\n  https://y.cn/a/\n  http://x.cn/b/',
    );
    expect(() => siteTargets([{ url: 'https://x.cn/other/' }], 'https://x.cn/pos', 'sitemap ')).toThrow('不属于站点');
  });
});
