// Runs one command and measures it: wall time, CPU time, and peak memory of the whole process
// tree. GNU time's "Maximum resident set size" is exact but covers only the largest single
// process (wait4 reports the biggest descendant, not a sum), and a build is several processes at
// once (Node plus Pagefind's binary), so /proc is also sampled and the tree's RSS summed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  /** Resident set size in bytes. */
  rss: number;
  /** User + system CPU time so far, in clock ticks (USER_HZ, 100 on Linux). */
  cpuTicks: number;
}

/** One line of /proc/<pid>/stat. The command name is in parentheses and may itself hold spaces or ")". */
export function parseStat(line: string, pageSize = 4096): ProcStat | undefined {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const rest = line.slice(close + 2).split(' ');
  // After the comm: state(3) ppid(4) … rss is field 24, i.e. index 21 of `rest`.
  const ppid = Number(rest[1]);
  const rssPages = Number(rest[21]);
  // utime(14) and stime(15).
  const cpuTicks = Number(rest[11]) + Number(rest[12]);
  if (!Number.isFinite(ppid) || !Number.isFinite(rssPages) || !Number.isFinite(cpuTicks)) return undefined;
  return { pid: Number(line.slice(0, open).trim()), comm: line.slice(open + 1, close), ppid, rss: rssPages * pageSize, cpuTicks };
}

/** The root process and all its descendants. */
export function descendants(procs: ProcStat[], root: number): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out: ProcStat[] = [];
  const queue = procs.filter((p) => p.pid === root);
  while (queue.length) {
    const p = queue.shift()!;
    out.push(p);
    queue.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

/** CPU time spent by the whole machine (all cores, not idle or iowait), in seconds, from /proc/stat. */
export function parseCpuBusy(procStat: string, hz = 100): number | undefined {
  const line = procStat.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) return undefined;
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  const busy = [user, nice, system, irq, softirq, steal].reduce((sum: number, v) => sum + (v ?? 0), 0);
  return Number.isFinite(busy) ? busy / hz : undefined;
}

function machineBusy(): number | undefined {
  try {
    return parseCpuBusy(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

export interface TimeV {
  maxRssBytes: number;
  userS: number;
  sysS: number;
}

/** The report of `/usr/bin/time -v`. */
export function parseTimeV(text: string): TimeV | undefined {
  const num = (label: string) => {
    const m = new RegExp(`${label}:\\s*([\\d.]+)`).exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const maxRss = num('Maximum resident set size \\(kbytes\\)');
  const user = num('User time \\(seconds\\)');
  const sys = num('System time \\(seconds\\)');
  if (maxRss === undefined || user === undefined || sys === undefined) return undefined;
  return { maxRssBytes: maxRss * 1024, userS: user, sysS: sys };
}

function readProcs(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (stat) out.push(stat);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return out;
}

export interface Phase {
  /** Seconds from the start when a process of this name was first and last seen. */
  from: number;
  to: number;
  peakTreeRss: number;
}

export interface Measured {
  code: number | null;
  timedOut: boolean;
  wallS: number;
  /** Peak of the summed RSS of the process tree, from /proc samples (bytes). */
  peakTreeRss: number;
  /** GNU time's exact peak of the largest single process (bytes), when available. */
  peakProcessRss?: number;
  /**
   * User + system CPU seconds of the whole tree: GNU time's figure, or the /proc samples when
   * they saw more — a child killed just before the build exits (Pagefind's service) is never
   * reaped, so its CPU time never reaches GNU time.
   */
  cpuS?: number;
  /** CPU seconds the rest of the machine used meanwhile: how much the run was disturbed. */
  othersCpuS?: number;
  phases: Record<string, Phase>;
  output: string;
}

export interface MeasureOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  intervalMs?: number;
  /** Child processes to time by name (e.g. pagefind's binary): their first and last sighting. */
  watch?: Record<string, RegExp>;
  /** Stop the whole process tree after this many seconds and report a timeout. */
  timeoutS?: number;
}

export async function measure(command: string, args: string[], options: MeasureOptions): Promise<Measured> {
  const haveTime = existsSync(GNU_TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  const [cmd, argv] = haveTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const busyBefore = machineBusy();
  const started = performance.now();
  // Its own process group, so a timeout or Ctrl-C stops the build's children too.
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stop = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stop);
  let timedOut = false;
  const deadline = options.timeoutS
    ? setTimeout(() => {
        timedOut = true;
        stop();
      }, options.timeoutS * 1000)
    : undefined;
  const chunks: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => chunks.push(b));
  child.stderr.on('data', (b: Buffer) => chunks.push(b));

  let peakTreeRss = 0;
  const cpuTicks = new Map<number, number>();
  const phases: Record<string, Phase> = {};
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = descendants(readProcs(), child.pid);
    const rss = tree.reduce((sum, p) => sum + p.rss, 0);
    peakTreeRss = Math.max(peakTreeRss, rss);
    for (const p of tree) cpuTicks.set(p.pid, Math.max(p.cpuTicks, cpuTicks.get(p.pid) ?? 0));
    const now = (performance.now() - started) / 1000;
    for (const [name, pattern] of Object.entries(options.watch ?? {})) {
      if (!tree.some((p) => pattern.test(p.comm))) continue;
      const phase = (phases[name] ??= { from: now, to: now, peakTreeRss: 0 });
      phase.to = now;
      phase.peakTreeRss = Math.max(phase.peakTreeRss, rss);
    }
  };
  const timer = setInterval(sample, options.intervalMs ?? 150);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  clearTimeout(deadline);
  process.off('exit', stop);
  const wallS = (performance.now() - started) / 1000;
  const busyAfter = machineBusy();

  const timeV = haveTime && existsSync(timeFile) ? parseTimeV(readFileSync(timeFile, 'utf8')) : undefined;
  const sampledCpuS = [...cpuTicks.values()].reduce((sum, t) => sum + t, 0) / 100;
  const cpuS = Math.max(timeV ? timeV.userS + timeV.sysS : 0, sampledCpuS);
  rmSync(scratch, { recursive: true, force: true });
  return {
    code,
    timedOut,
    wallS,
    peakTreeRss: Math.max(peakTreeRss, timeV?.maxRssBytes ?? 0),
    peakProcessRss: timeV?.maxRssBytes,
    cpuS,
    othersCpuS: busyBefore !== undefined && busyAfter !== undefined ? Math.max(0, busyAfter - busyBefore - cpuS) : undefined,
    phases,
    output: Buffer.concat(chunks).toString('utf8'),
  };
}

/** Total bytes and file count under a folder (0 when it does not exist). */
export function folderSize(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}
