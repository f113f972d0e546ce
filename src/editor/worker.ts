// The editor tools' worker thread: lints one page's article for the toolbar and generates the
// web editor's config. Off the dev server's thread, because a lint reads and checks the whole
// content tree (about half a second for 30 articles, more for a big site); and loaded by Node
// itself, because the module runner that loaded astro.config.ts is closed by the time the
// dev server starts (a dynamic import() in a hook fails there: Astro 7.3, Vite 8).
import { parentPort, workerData } from 'node:worker_threads';
import { stringify } from 'yaml';
import { checkContent } from '../../scripts/lib/check.ts';
import { cmsConfig, registriesFrom } from './cms-config.ts';
import { cmsRepository } from './cms-page.ts';
import { lintReportForPath } from './lint-server.ts';
import type { WorkerData, WorkerRequest, WorkerResponse } from './worker-client.ts';

const { contentDir, root, now } = workerData as WorkerData;

function answer(request: WorkerRequest): WorkerResponse['result'] {
  if (request.call === 'lint') return lintReportForPath(request.arg, { contentDir, root, now });
  const { content } = checkContent(contentDir, root);
  const config = cmsConfig({
    contentFolder: cmsRepository(contentDir).contentFolder,
    proxyUrl: request.arg.proxyUrl,
    siteUrl: request.arg.siteUrl,
    registries: registriesFrom(content),
  });
  // Written out in full: YAML anchors would make the config harder to read when debugging.
  return stringify(config, { aliasDuplicateObjects: false });
}

parentPort!.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, result: answer(request) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
});
