// `./site edit` (npm run edit): the web editor. Starts decap-server, which reads and writes the
// content files (file-system mode, no Git host, no account, on 127.0.0.1 only: it has no
// authentication), and `astro dev`, which serves the site, the dev toolbar's linter and the
// editor's page at /admin/ (told where decap-server listens by EDITOR_CMS_PROXY_URL).
//
//   npm run edit [-- --port 4321] [-- --cms-port 8081]
//
// Ctrl-C or SIGTERM stops both; when either stops by itself, the other is stopped too.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildInputsOrExit } from '../build-inputs.ts';
import { CMS_PROXY_ENV, cmsRepository } from './cms-page.ts';

const require = createRequire(import.meta.url);
const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, 'cms-port': { type: 'string', default: '8081' } } });

function port(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    console.error(`${option} 不是有效的端口号：${value}`);
    process.exit(2);
  }
  return n;
}
const sitePort = port(values.port, '--port');
const cmsPort = port(values['cms-port'], '--cms-port');

const { repoDir } = cmsRepository(buildInputsOrExit().contentDir);
const children: { name: string; process: ChildProcess }[] = [];

function start(name: string, script: string, args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): void {
  const child = spawn(process.execPath, [script, ...args], { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
  children.push({ name, process: child });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(
      name === 'decap-server'
        ? `\n网页编辑器的本地服务（decap-server）已停止${code ? `（退出码 ${code}）` : ''}。端口 ${cmsPort} 可能被占用，可以换一个：./site edit -- --cms-port ${cmsPort + 1}`
        : `\n本地预览（astro dev）已停止${code ? `（退出码 ${code}）` : signal ? `（${signal}）` : ''}。`,
    );
    stop(code || 1);
  });
}

let stopping = false;
function stop(code: number): void {
  stopping = true;
  const running = children.filter((c) => c.process.exitCode === null && c.process.signalCode === null);
  if (!running.length) process.exit(code);
  for (const c of running) {
    c.process.once('exit', () => {
      if (children.every((x) => x.process.exitCode !== null || x.process.signalCode !== null)) process.exit(code);
    });
    c.process.kill('SIGTERM');
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));

start(
  'decap-server',
  require.resolve('decap-server/dist/index.js'),
  [],
  // Its working folder is the one it serves: it also reads a .env there (dotenv), as documented.
  { PORT: String(cmsPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' },
  repoDir,
);
// On 127.0.0.1 like decap-server, whose CORS rule lets a loopback page call it.
start(
  'astro dev',
  join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs'),
  ['dev', '--host', '127.0.0.1', '--port', String(sitePort)],
  {
    [CMS_PROXY_ENV]: `http://127.0.0.1:${cmsPort}/api/v1`,
  },
);
console.log(`\n网页编辑器：http://127.0.0.1:${sitePort}/admin/    预览：http://127.0.0.1:${sitePort}/\n`);
