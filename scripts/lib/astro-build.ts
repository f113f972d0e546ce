// `node scripts/lib/astro-build.ts <outDir> <pagesFile>`: Astro's build on its own, in a child process of
// scripts/build.ts, so the memory Astro holds is returned before search indexing starts (peak is
// the larger of the two, not their sum). Started with an IPC channel (as scripts/build.ts does),
// it loads Astro and waits for the word to build. Errors an editor caused are printed in the same
// block format as validation problems; exit code 1 either way.
import { writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems, problemsFromBuildError } from './check.ts';
import { cacheLocaleCompareCollators } from './collator-cache.ts';

// Named, so `npm run bench` can tell this process from the build script that started it.
process.title = 'astro-build';
cacheLocaleCompareCollators();
const [outDir, pagesFile] = process.argv.slice(2);
if (!outDir || !pagesFile) {
  console.error('usage: node scripts/lib/astro-build.ts <outDir> <pagesFile>');
  process.exit(2);
}

/** Writes the files of every page Astro made, rendered or kept, relative to the site (reuse-output.ts). */
function listPages(file: string): AstroIntegration {
  return {
    name: 'list-pages',
    hooks: {
      'astro:build:done': ({ dir, assets }) => {
        const site = fileURLToPath(dir);
        const pages = [...assets.values()].flat().map((url) => relative(site, fileURLToPath(url)).split(sep).join('/'));
        writeFileSync(file, JSON.stringify([...new Set(pages)].sort()));
      },
    },
  };
}

try {
  const { build } = await import('astro');
  if (process.send) {
    // Started by scripts/build.ts before it validated the content: build only when it says the
    // content is valid; stop if it goes away instead.
    const go = await new Promise<boolean>((answer) => {
      process.once('message', (message) => answer(message === 'build'));
      process.once('disconnect', () => answer(false));
    });
    if (!go) process.exit(1);
    // An open channel would keep this process alive after the build.
    process.disconnect();
  }
  await build({
    root: process.cwd(),
    outDir,
    logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn',
    // The build script empties the folder, or hands over the previous site for Astro to keep
    // its unchanged pages in (reuse-output.ts).
    vite: { build: { emptyOutDir: false } },
    integrations: [listPages(pagesFile)],
  });
} catch (error) {
  const problems = problemsFromBuildError(error, process.cwd());
  console.error(
    `\n${problems ? formatProblems(problems) : `构建失败（不是内容格式问题，请把下面的信息交给开发者）：\n${(error as Error)?.stack ?? error}`}\n`,
  );
  process.exit(1);
}
