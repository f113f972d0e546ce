// What the machine looked like when the numbers were taken: a shared 2-core box gives very
// different times under load, so every report carries this.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release } from 'node:os';
import { join } from 'node:path';

export interface MachineState {
  at: string;
  nproc: number;
  cpu: string;
  kernel: string;
  load: [number, number, number];
  memTotalMb: number;
  memAvailableMb: number;
  node: string;
  versions: Record<string, string>;
}

/** MemTotal and MemAvailable from /proc/meminfo, in MiB. */
export function parseMeminfo(text: string): { totalMb: number; availableMb: number } {
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return { totalMb: Math.round(kb('MemTotal') / 1024), availableMb: Math.round(kb('MemAvailable') / 1024) };
}

function packageVersion(root: string, name: string): string | undefined {
  const file = join(root, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

export function hugoVersion(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? /v[\d.]+/.exec(result.stdout)?.[0] : undefined;
}

export function machineState(root: string, extra: Record<string, string | undefined> = {}): MachineState {
  const nproc = Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()) || cpus().length;
  const mem = existsSync('/proc/meminfo') ? parseMeminfo(readFileSync('/proc/meminfo', 'utf8')) : { totalMb: NaN, availableMb: NaN };
  const versions: Record<string, string> = {};
  for (const name of ['astro', 'pagefind', 'lighthouse']) {
    const v = packageVersion(root, name);
    if (v) versions[name] = v;
  }
  for (const [name, v] of Object.entries(extra)) if (v) versions[name] = v;
  const [l1, l5, l15] = loadavg();
  return {
    at: new Date().toISOString(),
    nproc,
    cpu: cpus()[0]?.model ?? 'unknown',
    kernel: release(),
    load: [Number(l1!.toFixed(2)), Number(l5!.toFixed(2)), Number(l15!.toFixed(2))],
    memTotalMb: mem.totalMb,
    memAvailableMb: mem.availableMb,
    node: process.version,
    versions,
  };
}

export function describeMachine(m: MachineState): string {
  const versions = Object.entries(m.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `- measured at ${m.at}`,
    `- ${m.nproc} cores (${m.cpu}), kernel ${m.kernel}`,
    `- load average ${m.load.join(' / ')} (1 / 5 / 15 min) at the start`,
    `- memory ${m.memAvailableMb.toLocaleString('en-US')} MiB available of ${m.memTotalMb.toLocaleString('en-US')} MiB`,
    `- Node ${m.node}; ${versions}`,
  ].join('\n');
}

/** A warning when other work competes for the CPU: timings and Lighthouse scores then suffer. */
export function busyNote(m: MachineState): string | undefined {
  return m.load[0] >= m.nproc
    ? `⚠ the machine was busy when this started (load ${m.load[0]} on ${m.nproc} cores): times are inflated and Lighthouse performance scores lowered; compare runs only at similar load.`
    : undefined;
}
