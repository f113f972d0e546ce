// `node tests/helpers/stop-build.ts <signal>`: runs scripts/build.ts (with this process's
// environment), sends it <signal> once Astro's process has been told to build (the plan file it
// reads is written just before), and prints how the build ended, as JSON, with the processes
// still running that were started for it.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { configPlanFile } from '../../src/lib/config-plan.ts';

const signal = process.argv[2] as NodeJS.Signals;
const outDir = process.env.OUT_DIR!;
const child = spawn(process.execPath, ['scripts/build.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
let stdout = '';
let stderr = '';
child.stdout.on('data', (d: Buffer) => (stdout += d));
child.stderr.on('data', (d: Buffer) => (stderr += d));
let sent = false;
const poll = setInterval(() => {
  if (!sent && existsSync(configPlanFile(outDir))) {
    sent = true;
    child.kill(signal);
  }
}, 10);

/** Command lines of live processes that name the output folder (Astro's, Pagefind's). */
function leftOver(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmd.includes(outDir) && Number(pid) !== process.pid) found.push(cmd.trim());
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

child.on('close', (status, endSignal) => {
  clearInterval(poll);
  // A moment for the build's own children to be reaped, if any were left.
  setTimeout(() => console.log(JSON.stringify({ status, signal: endSignal, sent, stdout, stderr, leftOver: leftOver() })), 300);
});
