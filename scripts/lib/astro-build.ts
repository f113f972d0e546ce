// `node scripts/lib/astro-build.ts <outDir>`: Astro's build on its own, in a child process of
// scripts/build.ts, so the memory Astro holds is returned before search indexing starts (peak is
// the larger of the two, not their sum). Errors an editor caused are printed in the same
// block format as validation problems; exit code 1 either way.
import { formatProblems, problemFromAstroError } from './check.ts';

// Named, so `npm run bench` can tell this process from the build script that started it.
process.title = 'astro-build';
const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node scripts/lib/astro-build.ts <outDir>');
  process.exit(2);
}
try {
  const { build } = await import('astro');
  await build({ root: process.cwd(), outDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn' });
} catch (error) {
  const problem = problemFromAstroError(error, process.cwd());
  console.error(`\n${problem ? formatProblems([problem]) : `构建失败（不是内容格式问题，请把下面的信息交给开发者）：\n${(error as Error)?.stack ?? error}`}\n`);
  process.exit(1);
}
