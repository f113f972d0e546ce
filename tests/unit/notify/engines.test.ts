// The two engines' request formats and how their answers are read (IndexNow protocol, Baidu
// 普通收录 API). The requests themselves are checked against a local server in tests/build/notify.test.ts.
import { describe, expect, it } from 'vitest';
import { baiduBody, baiduOutcome, baiduRequestUrl } from '../../../scripts/notify/baidu.ts';
import { bodyExcerpt, EngineError, redact } from '../../../scripts/notify/engine.ts';
import { indexNowKeyFile, indexNowKeyProblem, indexNowOutcome, indexNowPayload } from '../../../scripts/notify/indexnow.ts';

const URLS = ['https://x.cn/a/', 'https://x.cn/b/'];
const answer = (status: number, body: unknown) => ({ status, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('IndexNow key', () => {
  it('takes 8 to 128 letters, digits and dashes', () => {
    expect(indexNowKeyProblem('a1b2-c3d4')).toBeUndefined();
    expect(indexNowKeyProblem('x'.repeat(128))).toBeUndefined();
    expect(indexNowKeyProblem('short')).toContain('8 到 128');
    expect(indexNowKeyProblem('x'.repeat(129))).toContain('129');
    expect(indexNowKeyProblem('abc_def.ghi')).toContain('只能包含');
  });

  it('is written as <key>.txt holding exactly the key, and not at all when unset', () => {
    expect(indexNowKeyFile({ INDEXNOW_KEY: ' 0123456789abcdef ' })).toEqual({ name: '0123456789abcdef.txt', text: '0123456789abcdef' });
    expect(indexNowKeyFile({})).toBeUndefined();
    expect(indexNowKeyFile({ INDEXNOW_KEY: '' })).toBeUndefined();
  });

  it('fails the build on a bad key, naming the variable', () => {
    expect(() => indexNowKeyFile({ INDEXNOW_KEY: 'bad key!' })).toThrow(/^环境变量 INDEXNOW_KEY 不是合法的 IndexNow 密钥/);
  });
});

describe('IndexNow request and answers', () => {
  it('posts host, key, keyLocation and urlList', () => {
    expect(indexNowPayload('https://x.cn', 'k'.repeat(8), URLS)).toEqual({
      host: 'x.cn',
      key: 'kkkkkkkk',
      keyLocation: 'https://x.cn/kkkkkkkk.txt',
      urlList: URLS,
    });
    expect(indexNowPayload('https://x.cn/pos/', 'k'.repeat(8), URLS).keyLocation).toBe('https://x.cn/pos/kkkkkkkk.txt');
  });

  it('takes 200 and 202 (key still being checked) as received', () => {
    expect(indexNowOutcome(answer(200, ''), URLS)).toEqual({ accepted: URLS, notes: [] });
    const pending = indexNowOutcome(answer(202, ''), URLS);
    expect(pending.accepted).toEqual(URLS);
    expect(pending.notes[0]).toContain('HTTP 202');
  });

  it('explains a refusal with the status and the body', () => {
    const refuse = () => indexNowOutcome(answer(403, 'Forbidden: key not valid'), URLS);
    expect(refuse).toThrow(EngineError);
    expect(refuse).toThrow(/^IndexNow 推送失败：HTTP 403（密钥无效.*）\n {2}答复：Forbidden: key not valid$/);
    expect(() => indexNowOutcome(answer(500, ''), URLS)).toThrow('IndexNow 推送失败：HTTP 500\n  答复：（空）');
  });
});

describe('Baidu request and answers', () => {
  it('puts site and token in the query and one URL per line in the body', () => {
    const url = new URL(baiduRequestUrl('http://data.zz.baidu.com/urls', 'https://x.cn', 'tok'));
    expect(url.origin + url.pathname).toBe('http://data.zz.baidu.com/urls');
    expect(Object.fromEntries(url.searchParams)).toEqual({ site: 'https://x.cn', token: 'tok' });
    expect(baiduBody(URLS)).toBe('https://x.cn/a/\nhttps://x.cn/b/');
  });

  it('records what was taken and today’s remaining quota', () => {
    expect(baiduOutcome(answer(200, { remain: 98, success: 2 }), URLS)).toEqual({ accepted: URLS, remain: 98, notes: [], refused: false });
  });

  it('leaves out and reports URLs refused as another site’s or invalid', () => {
    const result = baiduOutcome(answer(200, { remain: 99, success: 1, not_same_site: [], not_valid: ['https://x.cn/b/'] }), URLS);
    expect(result.accepted).toEqual(['https://x.cn/a/']);
    expect(result.refused).toBe(true);
    expect(result.notes).toEqual(['百度：这些网址被判为不合法（not_valid），没有记录：\n  https://x.cn/b/']);
  });

  it('records none of a batch when the count taken does not add up', () => {
    const result = baiduOutcome(answer(200, { remain: 0, success: 1 }), URLS);
    expect(result.accepted).toEqual([]);
    expect(result.remain).toBe(0);
    expect(result.notes[0]).toContain('这一批都不记录');
  });

  it('takes "over quota" as today’s quota used up, not as a failure', () => {
    expect(baiduOutcome(answer(400, { error: 400, message: 'over quota' }), URLS)).toMatchObject({ accepted: [], remain: 0 });
  });

  it('shows Baidu’s error message with what to check', () => {
    expect(() => baiduOutcome(answer(401, { error: 401, message: 'token is not valid' }), URLS)).toThrow(
      /^百度推送失败：HTTP 401，token is not valid；检查 BAIDU_PUSH_TOKEN .*\n {2}答复：\{"error":401,"message":"token is not valid"\}$/,
    );
    expect(() => baiduOutcome(answer(400, { error: 400, message: 'site error' }), URLS)).toThrow('检查 BAIDU_PUSH_SITE');
    expect(() => baiduOutcome(answer(502, '<html>bad gateway</html>'), URLS)).toThrow(
      '百度推送失败：HTTP 502\n  答复：<html>bad gateway</html>',
    );
    expect(() => baiduOutcome(answer(200, 'ok'), URLS)).toThrow('答复不是 { success, remain } 形式的 JSON');
  });
});

describe('messages', () => {
  it('never show the Baidu token', () => expect(redact('http://h/urls?site=x&token=secret')).toBe('http://h/urls?site=x&token=***'));
  it('show a long body on one line, cut short', () => expect(bodyExcerpt(`a\n${'b'.repeat(600)}`)).toMatch(/^a b{498}…$/));
});
