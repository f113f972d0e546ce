import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsMiddleware, cmsRepository } from '../../../src/editor/cms-page.ts';
import { ROOT } from '../../helpers/fixture.ts';

interface Answer {
  status?: number;
  headers: Record<string, string>;
  body: string;
  next: boolean;
}

/** One request through the middleware as Connect mounts it at /admin (req.url without the mount). */
async function request(
  path: string,
  proxyUrl: string | undefined,
  config = async (siteUrl: string, proxy: string) => `site_url: ${siteUrl}\nproxy_url: ${proxy}\n`,
): Promise<Answer> {
  const answer: Answer = { headers: {}, body: '', next: false };
  await new Promise<void>((done) => {
    const req = {
      url: path.slice('/admin'.length) || '/',
      originalUrl: path,
      headers: { host: '127.0.0.1:4321' },
    } as unknown as IncomingMessage;
    const res = {
      writeHead(status: number, headers: Record<string, string> = {}) {
        answer.status = status;
        answer.headers = headers;
      },
      end(body: string | Buffer = '') {
        answer.body = String(body);
        done();
      },
    } as unknown as ServerResponse;
    cmsMiddleware({ root: ROOT, proxyUrl, config })(req, res, () => {
      answer.next = true;
      done();
    });
  });
  return answer;
}

describe('/admin/ in the dev server', () => {
  it('redirects /admin to /admin/, where the editor finds its config.yml', async () => {
    expect(await request('/admin', 'http://127.0.0.1:8081/api/v1')).toMatchObject({ status: 301, headers: { Location: '/admin/' } });
  });

  it('serves the editor, which loads Decap from node_modules and the save hook through Vite', async () => {
    const page = await request('/admin/', 'http://127.0.0.1:8081/api/v1');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="zh-CN">');
    expect(page.body).toContain('<script src="/admin/decap/decap-cms.js"></script>');
    expect(page.body).toContain('<script type="module" src="/src/editor/cms-client.ts"></script>');
  });

  it('says how to start it when the dev server runs without decap-server (./site dev)', async () => {
    const page = await request('/admin/', undefined);
    expect(page.status).toBe(503);
    expect(page.body).toContain('./site edit');
    expect((await request('/admin/config.yml', undefined)).next).toBe(true);
  });

  it('generates config.yml per request, for the address the editor was opened at', async () => {
    const config = await request('/admin/config.yml', 'http://127.0.0.1:8081/api/v1');
    expect(config).toMatchObject({ status: 200, body: 'site_url: http://127.0.0.1:4321\nproxy_url: http://127.0.0.1:8081/api/v1\n' });
    expect(config.headers['Cache-Control']).toBe('no-store');
    const failed = await request('/admin/config.yml', 'http://127.0.0.1:8081/api/v1', async () => {
      throw new Error('坏了');
    });
    expect(failed).toMatchObject({ status: 500, body: '网页编辑器的配置没有生成：坏了' });
  });

  it("serves Decap's own files, and nothing outside its folder", async () => {
    const script = await request('/admin/decap/decap-cms.js', 'http://127.0.0.1:8081/api/v1');
    expect(script.status).toBe(200);
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    for (const path of ['/admin/decap/../package.json', '/admin/decap/%2e%2e%2fpackage.json', '/admin/decap/missing.js', '/admin/other']) {
      expect((await request(path, 'http://127.0.0.1:8081/api/v1')).next, path).toBe(true);
    }
  });
});

describe('cmsRepository', () => {
  it("gives decap-server the content folder's parent and the folder's name", () => {
    expect(cmsRepository('content')).toEqual({ repoDir: resolve('.'), contentFolder: 'content' });
    expect(cmsRepository('/srv/site/tests/.tmp/x/content')).toEqual({ repoDir: '/srv/site/tests/.tmp/x', contentFolder: 'content' });
  });
});
