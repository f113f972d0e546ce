// Serves a built site with Debian's nginx and the production rules (deploy/nginx + the site's
// own _nginx/ folder), in the foreground on 127.0.0.1. Every runtime file (config, pid, logs,
// temp folders) lives under a fresh temporary prefix that is removed on exit.
//
//   npm run serve:nginx [-- --root dist] [-- --port 8080]      (or OUT_DIR=…, PORT=…)
//
// SIGTERM and SIGINT are passed on to nginx; the script exits when nginx has exited.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildInputsOrExit } from '../src/build-inputs.ts';
import { NGINX_SNIPPETS } from '../src/lib/hosting.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

function die(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({ options: { root: { type: 'string' }, port: { type: 'string' } } });
const root = resolve(values.root ?? buildInputsOrExit().outDir);
const port = Number(values.port ?? process.env.PORT ?? 8080);

if (!Number.isInteger(port) || port < 1 || port > 65535) die(`端口无效：${values.port ?? process.env.PORT}`);
if (!existsSync(NGINX)) die(`找不到 nginx（${NGINX}）。Debian/Ubuntu：apt-get install -y nginx`);
if (!existsSync(join(root, 'index.html'))) die(`${root} 里没有构建好的网站（缺少 index.html），请先运行 ./site build。`);
if (!existsSync(join(root, '_nginx/server.conf'))) die(`${root}/_nginx/ 不完整：这个网站是旧版本构建的，请重新运行 ./site build。`);
// The root goes into a quoted nginx string, where $ starts a variable and " ends the string.
if (/["$\\;{}\n]/.test(root)) die(`网站目录的路径里有 nginx 配置无法表达的字符：${root}`);

// Started as root, nginx runs its workers as `nobody`, who may not be able to reach a site under
// a private folder (a CI clone under /root, say). This is a loopback server for previews and
// tests, so its workers simply keep root's identity then.
const workerUser = process.getuid?.() === 0 ? 'user root root;\n' : '';

const prefix = mkdtempSync(join(tmpdir(), 'pos-nginx-'));
for (const dir of ['conf/snippets', 'logs', 'temp']) mkdirSync(join(prefix, dir), { recursive: true });
// The same relative include paths as production, where /etc/nginx/snippets/pos-zhishi links
// to the deployed site's _nginx/ folder.
symlinkSync(join(root, '_nginx'), join(prefix, 'conf', NGINX_SNIPPETS));
const template = readFileSync(join(ROOT, 'deploy/nginx/serve.conf.template'), 'utf8');
writeFileSync(join(prefix, 'conf/nginx.conf'), workerUser + template.replaceAll('@@PORT@@', String(port)).replaceAll('@@ROOT@@', root));

const cleanup = () => rmSync(prefix, { recursive: true, force: true });
// -e: where nginx logs before it has read the configuration.
const nginx = spawn(NGINX, ['-p', `${prefix}/`, '-c', 'conf/nginx.conf', '-e', 'logs/error.log'], {
  stdio: ['ignore', 'inherit', 'inherit'],
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    stopping = true;
    // nginx treats both as "fast shutdown"; it exits once its workers have.
    nginx.kill(signal);
  });
}

nginx.on('error', (error) => {
  cleanup();
  die(`nginx 无法启动：${error.message}`);
});

nginx.on('exit', (code, signal) => {
  if (!stopping) {
    const log = existsSync(join(prefix, 'logs/error.log')) ? readFileSync(join(prefix, 'logs/error.log'), 'utf8').trim() : '';
    if (log) console.error(log);
  }
  cleanup();
  process.exit(code ?? (signal ? 1 : 0));
});

// Announced once nginx accepts connections, so whoever waits for this line can start at once.
const accepts = () =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1', () => done(true)).on('error', () => done(false));
    socket.setTimeout(500, () => done(false)).unref();
    socket.once('close', () => socket.destroy());
    socket.once('connect', () => socket.end());
  });
for (let tries = 0; tries < 200 && nginx.exitCode === null && !stopping; tries++) {
  if (await accepts()) {
    console.log(`nginx 正在提供 ${root}：http://127.0.0.1:${port}/（运行目录 ${prefix}，Ctrl+C 停止）`);
    break;
  }
  await new Promise((r) => setTimeout(r, 50));
}
