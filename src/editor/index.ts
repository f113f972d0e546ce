// Editor tools, the one entry point astro.config.ts registers. Everything here acts in
// `astro dev` only: a build or `astro check` gets an integration that does nothing, so no code,
// page or header of it reaches dist/ and the production CSP is untouched.
//  - the dev toolbar app 内容检查 (toolbar-app.ts): the article's lint findings on its page;
//  - /admin/, the web editor (cms-page.ts), when started by `./site edit` (start.ts).
// The work (linting, generating the editor's config) happens in a worker thread (worker.ts);
// this module and what it imports stay light, as astro.config.ts loads them for every build.
import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInputs } from '../build-inputs.ts';
import { CMS_PROXY_ENV, cmsMiddleware } from './cms-page.ts';
import { EVENTS, LINT_APP_ID, type LintReport, type LintRequest } from './protocol.ts';
import { startEditorWorker, type EditorWorker } from './worker-client.ts';

// A clipboard with a tick: the app checks the page's article.
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><rect x="5" y="4" width="14" height="17" rx="2"/><path d="M9 4V3h6v1"/><path d="m9 13 2 2 4-4"/></svg>';

/** Content saves come in bursts (an editor writes, renames, touches); one re-check each. */
const SETTLE_MS = 150;

export function editorTools(): AstroIntegration {
  let root = process.cwd();
  let dev = false;
  let worker: EditorWorker | undefined;
  return {
    name: 'pos-editor-tools',
    hooks: {
      'astro:config:setup': ({ command, config, addDevToolbarApp, updateConfig }) => {
        dev = command === 'dev';
        if (!dev) return;
        root = fileURLToPath(config.root);
        addDevToolbarApp({ id: LINT_APP_ID, name: '内容检查', icon: ICON, entrypoint: new URL('./toolbar-app.ts', import.meta.url) });
        // The web editor's page loads pinyin-pro (cms-client.ts); bundled up front, Vite does not
        // reload that page halfway through when it first meets it.
        updateConfig({ vite: { optimizeDeps: { include: ['pinyin-pro'] } } });
      },
      // Called for `astro dev` (again after each restart, on a changed config), but also for the
      // short-lived server a build or `astro check` starts to sync content: nothing to do there.
      'astro:server:setup': ({ server, toolbar }) => {
        if (!dev) return;
        void worker?.stop();
        const { contentDir, now } = buildInputs();
        const tools = startEditorWorker({ contentDir, root, now });
        worker = tools;

        toolbar.on<LintRequest>(EVENTS.request, ({ path }) => {
          tools.call('lint', path).then(
            (report) => toolbar.send(EVENTS.result, report),
            (error: Error) => toolbar.send(EVENTS.result, { kind: 'failed', path, message: error.message } satisfies LintReport),
          );
        });
        const content = resolve(contentDir);
        server.watcher.add(content);
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (file !== content && !file.startsWith(content + sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => toolbar.send(EVENTS.changed, {}), SETTLE_MS);
        });

        const proxyUrl = process.env[CMS_PROXY_ENV] || undefined;
        server.middlewares.use(
          '/admin',
          cmsMiddleware({ root, proxyUrl, config: (siteUrl, proxy) => tools.call('cmsConfig', { siteUrl, proxyUrl: proxy }) }),
        );
      },
      'astro:server:done': async () => {
        await worker?.stop();
        worker = undefined;
      },
    },
  };
}
