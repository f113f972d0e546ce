// The web editor's page, its generated config and Decap CMS's files, served by `astro dev` under
// /admin/ (the integration mounts this middleware in dev only; a build has no /admin/). The
// files themselves are written by decap-server, which `./site edit` starts beside it. Loaded
// with astro.config.ts, so it imports nothing heavy: the config is made in the editor's worker.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by `./site edit` (src/editor/start.ts) for `astro dev`: where decap-server listens. */
export const CMS_PROXY_ENV = 'EDITOR_CMS_PROXY_URL';

/**
 * decap-server reads and writes paths inside one folder: the content folder's parent, so the
 * collections are `<content>/articles` and nothing outside that parent can be touched.
 */
export function cmsRepository(contentDir: string): { repoDir: string; contentFolder: string } {
  const abs = resolve(contentDir);
  return { repoDir: dirname(abs), contentFolder: basename(abs) };
}

const DECAP_DIST = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function page(body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>网页编辑器</title>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The editor: Decap waits (CMS_MANUAL_INIT) until cms-client.ts has registered its save hook. */
export function editorPage(clientModule: string): string {
  return page(`<script>window.CMS_MANUAL_INIT = true;</script>
<script src="/admin/decap/decap-cms.js"></script>
<script type="module" src="${clientModule}"></script>`);
}

export const NOT_STARTED_PAGE = page(`<main style="max-width:40rem;margin:3rem auto;font:16px/1.6 system-ui,sans-serif">
<h1>网页编辑器没有启动</h1>
<p>网页编辑器要和保存文件的本地服务一起运行。请停止 <code>./site dev</code>，改用：</p>
<pre>./site edit</pre>
<p>然后打开屏幕上显示的地址（通常是 http://localhost:4321/admin/）。</p>
</main>`);

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  // Everything here is regenerated per request: a changed registry must show after a reload.
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

export interface CmsMiddlewareOptions {
  root: string;
  /** decap-server's API; undefined when the dev server was started without it (`./site dev`). */
  proxyUrl: string | undefined;
  /** The generated config.yml for an editor opened at `siteUrl`, saving through `proxyUrl`. */
  config: (siteUrl: string, proxyUrl: string) => Promise<string>;
}

/** A Connect middleware for the dev server, mounted at /admin. */
export function cmsMiddleware(options: CmsMiddlewareOptions) {
  const clientModule = `/${relative(options.root, fileURLToPath(new URL('./cms-client.ts', import.meta.url)))
    .split('\\')
    .join('/')}`;

  return (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: () => void): void => {
    // Mounted at /admin, so req.url is what follows it.
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/') {
      // Relative URLs (Decap's config.yml) need the slash.
      if (!(req.originalUrl ?? '').split('?')[0]!.endsWith('/')) {
        res.writeHead(301, { Location: '/admin/' });
        res.end();
        return;
      }
      send(res, options.proxyUrl ? 200 : 503, 'text/html; charset=utf-8', options.proxyUrl ? editorPage(clientModule) : NOT_STARTED_PAGE);
      return;
    }
    if (path === '/config.yml' && options.proxyUrl) {
      options.config(`http://${req.headers.host ?? 'localhost'}`, options.proxyUrl).then(
        (yaml) => send(res, 200, 'text/yaml; charset=utf-8', yaml),
        (error: unknown) =>
          send(
            res,
            500,
            'text/plain; charset=utf-8',
            `网页编辑器的配置没有生成：${error instanceof Error ? error.message : String(error)}`,
          ),
      );
      return;
    }
    const file = /^\/decap\/([\w.-]+)$/.exec(path)?.[1];
    const type = file && TYPES[extname(file)];
    if (file && type) {
      try {
        send(res, 200, type, readFileSync(join(DECAP_DIST, file)));
      } catch {
        next();
      }
      return;
    }
    next();
  };
}
