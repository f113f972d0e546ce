// Runs one of the project's CLIs in a child Node process with outbound connections limited to
// loopback (tests/helpers/loopback-only.ts). Async on purpose: the tests' local servers answer
// from this process, which must not block while the CLI runs.
import { spawn } from 'node:child_process';
import { ROOT } from './fixture.ts';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runLoopbackCli(script: string, args: string[], env: NodeJS.ProcessEnv, preload: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...preload, '--import', './tests/helpers/loopback-only.ts', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
