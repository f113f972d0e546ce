// The one Node floor: the scripts run .ts files directly, which needs type stripping on by
// default (Node 22.18+ on the 22 line, 23.6+ after it); Astro 7 itself needs 22.12. `./site`
// asks this file (`--check`), npm scripts run it first, and package.json's engines says the same.
// Plain JS on purpose: it must run on any Node.
import { pathToFileURL } from 'node:url';

export const NODE_FLOOR = '22.18 (or 23.6 and later)';

/** Whether a Node version ("22.18.0", "v24.1.0") runs this project's scripts. */
export function nodeSupported(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ok = nodeSupported(process.versions.node);
  if (process.argv.includes('--check')) process.exit(ok ? 0 : 1);
  if (!ok) {
    console.error(
      `\n这个项目需要 Node.js ${NODE_FLOOR}，当前是 ${process.version}。\n` +
        `This project needs Node.js ${NODE_FLOOR} but found ${process.version}.\n` +
        `Run it through the wrapper, which brings a pinned Node from the npm registry:\n` +
        `    ./site build      # or: ./site test, ./site dev\n`,
    );
    process.exit(1);
  }
}
