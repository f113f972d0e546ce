import { describe, expect, it } from 'vitest';
import { descendants, measure, parseCpuBusy, parseStat, parseTimeV } from '../../../bench/lib/measure.ts';

describe('parseStat', () => {
  it('reads ppid and rss even when the command name has spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i));
    fields[0] = 'S'; // state
    fields[1] = '41'; // ppid
    fields[11] = '700'; // utime (field 14)
    fields[12] = '55'; // stime (field 15)
    fields[21] = '2500'; // rss in pages (field 24)
    const stat = parseStat(`1234 (node (worker) 1) ${fields.join(' ')}`);
    expect(stat).toEqual({ pid: 1234, comm: 'node (worker) 1', ppid: 41, rss: 2500 * 4096, cpuTicks: 755 });
  });
  it('rejects garbage', () => {
    expect(parseStat('nonsense')).toBeUndefined();
  });
});

describe('descendants', () => {
  it('follows the tree from the root only', () => {
    const p = (pid: number, ppid: number) => ({ pid, ppid, comm: 'x', rss: 1, cpuTicks: 0 });
    const procs = [p(1, 0), p(10, 1), p(11, 10), p(12, 11), p(20, 1), p(13, 10)];
    expect(
      descendants(procs, 10)
        .map((x) => x.pid)
        .sort(),
    ).toEqual([10, 11, 12, 13]);
  });
});

describe('parseTimeV', () => {
  it('reads GNU time -v output', () => {
    const text = '\tUser time (seconds): 12.50\n\tSystem time (seconds): 1.25\n\tMaximum resident set size (kbytes): 204800\n';
    expect(parseTimeV(text)).toEqual({ maxRssBytes: 204800 * 1024, userS: 12.5, sysS: 1.25 });
  });
});

describe('parseCpuBusy', () => {
  it('adds user, nice, system, irq, softirq and steal, not idle or iowait', () => {
    const stat = 'cpu  100 20 30 5000 400 6 7 8 0 0\ncpu0 50 10 15 2500 200 3 3 4 0 0\n';
    expect(parseCpuBusy(stat)).toBeCloseTo((100 + 20 + 30 + 6 + 7 + 8) / 100, 6);
  });
});

describe('measure', () => {
  it('sums the memory of processes running at the same time, not only the largest one', async () => {
    // Two children hold ~150 MB each at once: only a tree-wide sum sees ~300 MB.
    const child = 'const b = Buffer.alloc(150 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 1500);';
    // A `sleep` alongside them is the named child whose lifetime is timed.
    const parent = `const { spawn } = require('node:child_process'); for (let i = 0; i < 2; i++) spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' }); spawn('sleep', ['1']);`;
    const m = await measure(process.execPath, ['-e', parent], {
      cwd: process.cwd(),
      env: process.env,
      intervalMs: 50,
      watch: { sleeper: /^sleep$/ },
    });
    expect(m.code).toBe(0);
    expect(m.output.trim()).toBe('1\n1');
    expect(m.peakTreeRss).toBeGreaterThan(300 * 1024 * 1024);
    if (m.peakProcessRss !== undefined) expect(m.peakProcessRss).toBeLessThan(250 * 1024 * 1024);
    expect(m.wallS).toBeGreaterThan(1.4);
    expect(m.phases.sleeper!.to - m.phases.sleeper!.from).toBeGreaterThan(0.5);
    expect(m.phases.sleeper!.to - m.phases.sleeper!.from).toBeLessThan(1.5);
  });
  it('counts the CPU time of a busy child the parent never waits for', async () => {
    // The child burns 1 s of its own CPU, says so, and lingers; the parent exits at once without
    // reaping it (as a build does after closing Pagefind), so GNU time never hears of that second.
    const child = "const t = process.cpuUsage(); while (process.cpuUsage(t).user < 1e6); console.log('done'); setTimeout(() => {}, 1000);";
    const parent = `const c = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: ['ignore', 'pipe', 'ignore'] }); c.stdout.on('data', () => process.exit(0));`;
    const m = await measure(process.execPath, ['-e', parent], { cwd: process.cwd(), env: process.env, intervalMs: 50 });
    expect(m.code).toBe(0);
    expect(m.cpuS).toBeGreaterThan(0.8);
  });
  it('stops a command that runs past its timeout', async () => {
    const m = await measure(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { cwd: process.cwd(), env: process.env, timeoutS: 1 });
    expect(m.timedOut).toBe(true);
    expect(m.wallS).toBeLessThan(10);
  });
});
