// The README's promise: two commands on a fresh machine. CI runs exactly those (plus the content
// linter), and `./site test` brings the system packages the tests need, or stops before any
// test with the command to run. The machine is simulated with a PATH of stand-ins, so these
// tests neither need nor touch apt.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixture.ts';

const siteCommands = (text: string) => [...text.matchAll(/^\s*(\.\/site\b.*?)\s*(?:#.*)?$/gm)].map((m) => m[1]!);

describe('Quick start', () => {
  it("is what CI runs: the README's two commands, in order, and only the content linter besides", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /## Quick start\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const quickStart = siteCommands(block);
    expect(quickStart).toEqual(['./site build', './site test']);
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(siteCommands(ci).filter((c) => c !== './site lint:content')).toEqual(quickStart);
    // No set-up of its own: every non-comment line is shell plumbing or a ./site command.
    const lines = ci.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    for (const line of lines) expect(line, line).toMatch(/^(?:set |cd |\.\/site )/);
  });
});

describe('./site with the pinned Node runtime', () => {
  it("keeps the machine's global npm config (proxy, CA, registry mirror) for every npm it runs", () => {
    // As a newcomer's shell has it: nothing but HOME and the system PATH.
    const env = { HOME: process.env.HOME ?? '/root', PATH: '/usr/bin:/bin' };
    const machine = spawnSync('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8', env }).stdout.trim();
    expect(machine).not.toBe('');
    // `npm run env` prints the environment npm scripts get, npm's config included.
    const seen = spawnSync('./site', ['env'], { cwd: ROOT, encoding: 'utf8', env });
    expect(seen.status, seen.stderr).toBe(0);
    expect(seen.stdout).toMatch(new RegExp(`^npm_config_globalconfig=${machine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });
});

const PACKAGES = ['chromium', 'fonts-noto-cjk', 'nginx', 'libxml2-utils', 'openssl'];

/** A machine as `PATH` shows it: the named tools as stand-ins that log their arguments. */
function machine(name: string, tools: Record<string, string>) {
  const dir = join(ROOT, 'tests/.tmp/quick-start', name);
  rmSync(dir, { recursive: true, force: true });
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const tool of ['bash', 'dirname', 'mkdir', 'cat', 'sha256sum', 'cut', 'flock'])
    symlinkSync(spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim(), join(bin, tool));
  for (const [tool, script] of Object.entries(tools)) {
    writeFileSync(join(bin, tool), `#!${join(bin, 'bash')}\necho "${tool} $*" >> ${join(dir, 'calls')}\n${script}\n`);
    chmodSync(join(bin, tool), 0o755);
  }
  const run = (...args: string[]) => {
    const result = spawnSync(join(bin, 'bash'), args, { cwd: ROOT, encoding: 'utf8', env: { PATH: bin, HOME: dir } });
    let calls = '';
    try {
      calls = readFileSync(join(dir, 'calls'), 'utf8');
    } catch {}
    return { ...result, calls };
  };
  return { run };
}

describe("./site test on a machine without the tests' system packages", () => {
  it('stops before any test or install, naming each package, why, and the exact command to run', () => {
    const m = machine('no-apt', { id: 'echo 1000' });
    const result = m.run('./site', 'test');
    expect(result.status).toBe(1);
    for (const p of PACKAGES) expect(result.stderr).toMatch(new RegExp(`^  ${p}: `, 'm'));
    expect(result.stderr).toContain('No test was run.');
    expect(result.stderr).toContain(`  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}\n`);
    // Nothing after it ran: no Node set-up, no npm, no test runner.
    expect(result.stderr).not.toContain('installing');
    expect(result.stdout).toBe('');
  });

  it('stops the same way for a user whose sudo asks for a password', () => {
    const m = machine('sudo-password', { id: 'echo 1000', 'apt-get': 'exit 0', sudo: 'exit 1' });
    const result = m.run('scripts/test-deps.sh');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No test was run.');
    expect(result.calls).not.toMatch(/^apt-get/m);
  });

  it('installs them with apt-get as root, saying what and why', () => {
    const m = machine('root', { id: 'echo 0', 'apt-get': 'exit 0' });
    const result = m.run('scripts/test-deps.sh');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`site: installing them with apt-get: ${PACKAGES.join(' ')}`);
    expect(result.stdout).toBe('');
    expect(result.calls).toContain(`apt-get update -qq\napt-get install -y -qq --no-install-recommends ${PACKAGES.join(' ')}\n`);
  });

  it('installs them through sudo -n where that works', () => {
    const m = machine('sudo', { id: 'echo 1000', 'apt-get': 'exit 0', sudo: '[ "$1" = -n ] && shift; [ "$1" = true ] && exit 0; "$@"' });
    const result = m.run('scripts/test-deps.sh');
    expect(result.status).toBe(0);
    expect(result.calls).toContain(`sudo -n apt-get install -y -qq --no-install-recommends ${PACKAGES.join(' ')}`);
  });

  it('asks for only what is missing, and is silent when nothing is', () => {
    const present = { chromium: '', nginx: '', xmllint: '', openssl: '', 'fc-list': 'echo "Noto Sans CJK SC"' };
    const { nginx: _, ...withoutNginx } = present;
    const some = machine('some', { ...withoutNginx, id: 'echo 0', 'apt-get': 'exit 0' });
    expect(some.run('scripts/test-deps.sh').calls).toContain('apt-get install -y -qq --no-install-recommends nginx\n');
    const all = machine('all', { ...present, id: 'echo 0' }).run('scripts/test-deps.sh');
    expect(all.status).toBe(0);
    expect(all.stderr).toBe('');
  });
});
