// Where an installed package lives and its version, whether or not its exports map lists
// package.json: caches are keyed by the versions of the tools that made what they hold.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageDir(name: string): string {
  // ESM resolution: some packages (pagefind) export an `import` condition only.
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`找不到 ${name} 的 package.json`);
    dir = parent;
  }
  return dir;
}

export const packageVersion = (name: string): string => JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;
