// npm run bench [-- --sizes 100,1000,10000] [--repeat 3] [--no-warm] [--no-bare] [--no-hugo]
//                  [--fresh] [--timeout 3600]
// npm run bench -- --sizes 1000 --profile     CPU profile of our build only (bench/out/profile-N.md)
// npm run bench -- --report                   rewrite results.md and chart.svg from results.json
// npm run bench -- --sizes 100000 --no-bare --no-hugo   the largest size, opt-in: ~15 min a build
//                                                       and ~15 GB of disk (bare Astro fails there)
//
// Times the full production build (scripts/build.ts: validation, Astro, sitemap, feed, Pagefind)
// on synthetic corpora of N articles, next to a bare Astro site and a bare Hugo site on the same
// corpus, and writes bench/out/results.md, results.json and chart.svg. Rows from earlier runs
// are kept (newer ones replace the same system and N) unless --fresh, so sizes can be run apart.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './lib/corpus-files.ts';
import { summarize, type CpuProfile } from './lib/cpuprofile.ts';
import { busyNote, describeMachine, hugoVersion, machineState, type MachineState } from './lib/machine.ts';
import { folderSize, measure, type Measured } from './lib/measure.ts';
import {
  cardsTable,
  chartSvg,
  markdownTable,
  mergeRows,
  parseAstroLog,
  parseCardLog,
  phaseTable,
  seriesFromRows,
  SYSTEM_LABEL,
  type BenchRow,
  type System,
} from './lib/report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
const LOGS = join(OUT, 'logs');
// Fixed, so the corpus (all dated before it) is fully published on every run.
const BUILD_NOW = '2026-12-01T00:00:00+08:00';
const CORPUS_BEFORE = '2026-12-01';
const ASTRO_BIN = join(ROOT, 'node_modules/astro/bin/astro.mjs');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    'no-warm': { type: 'boolean', default: false },
    'no-bare': { type: 'boolean', default: false },
    'no-hugo': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    // Rewrite results.md and chart.svg from results.json without building anything.
    report: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '3600' },
    // On a shared machine the fastest of a few runs is the least disturbed one.
    repeat: { type: 'string', default: '1' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.replace(/[_,]/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) {
  console.error(`--sizes 需要逗号分隔的整数（至少 2），收到：${values.sizes}`);
  process.exit(2);
}
const timeoutS = Number(values.timeout);
const repeat = Math.max(1, Number(values.repeat) || 1);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

const hugo = values['no-hugo'] ? undefined : hugoVersion();
const machine = machineState(ROOT, { hugo });
mkdirSync(LOGS, { recursive: true });
const busy = busyNote(machine);
if (!values.report) console.log(`bench: N = ${sizes.join(', ')}\n${describeMachine(machine)}\n${busy ? `${busy}\n` : ''}`);

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_NOW, ...extra };
}

function countPages(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).length : 0;
}

function toRow(system: System, n: number, m: Measured, dist: string, articlesDir: string, load1: number): BenchRow {
  const pages = countPages(articlesDir);
  const ok = m.code === 0 && !m.timedOut && pages >= n;
  if (!ok) {
    const why = m.timedOut ? `超过 ${timeoutS} 秒被停止` : m.code !== 0 ? `退出码 ${m.code}` : `只生成了 ${pages} 篇文章页（应为 ${n}）`;
    console.error(`  ✗ ${SYSTEM_LABEL[system]} N=${n}: ${why}; 日志见 bench/out/logs/${system}-${n}.log`);
  }
  const size = folderSize(dist);
  const search = folderSize(join(dist, 'pagefind'));
  return {
    system,
    n,
    ok,
    wallS: m.wallS,
    peakRssBytes: m.peakTreeRss,
    cpuS: m.cpuS,
    outputBytes: size.bytes,
    outputFiles: size.files,
    searchBytes: system.startsWith('ours') ? search.bytes : undefined,
    searchS: m.phases.search ? m.phases.search.to - m.phases.search.from : undefined,
    // Indexing overlaps Astro's process; what it adds to the wall time is what runs after it.
    searchAfterAstroS: m.phases.search && m.phases.astro ? Math.max(0, m.phases.search.to - m.phases.astro.to) : undefined,
    searchPeakRssBytes: m.phases.search?.peakTreeRss,
    ...(system === 'hugo' ? {} : { astro: parseAstroLog(m.output) }),
    ...(system.startsWith('ours') ? { cards: parseCardLog(m.output) } : {}),
    load1,
    othersCpuS: m.othersCpuS,
    at: new Date().toISOString(),
  };
}

async function timed(
  system: System,
  n: number,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  dist: string,
  articlesDir: string,
  prepare: () => void = () => {},
): Promise<BenchRow> {
  let best: BenchRow | undefined;
  for (let i = 1; i <= repeat; i++) {
    prepare();
    const load1 = Number(loadavg()[0]!.toFixed(2));
    process.stdout.write(`  ${SYSTEM_LABEL[system]}, N=${n}${repeat > 1 ? ` (${i}/${repeat})` : ''} … `);
    const m = await measure(command, args, { cwd: ROOT, env, watch: { search: /^pagefind/, astro: /^astro-build/ }, timeoutS });
    writeFileSync(join(LOGS, `${system}-${n}${repeat > 1 ? `-${i}` : ''}.log`), m.output);
    const row = toRow(system, n, m, dist, articlesDir, load1);
    console.log(
      `${m.wallS.toFixed(1)} s, CPU ${m.cpuS?.toFixed(1) ?? '?'} s, ${(m.peakTreeRss / 2 ** 20).toFixed(0)} MB${m.peakProcessRss ? ` (largest process ${(m.peakProcessRss / 2 ** 20).toFixed(0)} MB)` : ''}, others' CPU ${m.othersCpuS?.toFixed(1) ?? '?'} s`,
    );
    if (!row.ok) return row;
    if (!best || row.wallS < best.wallS) best = row;
  }
  return best!;
}

async function profileOurs(n: number, content: string): Promise<void> {
  const dir = join(OUT, 'profile', String(n));
  rmSync(dir, { recursive: true, force: true });
  const profiles = join(dir, 'cpuprofiles');
  console.log(`CPU profile of our cold build, N=${n} (not timed) …`);
  // Through NODE_OPTIONS, so the Astro build's own process (a child of scripts/build.ts) is
  // profiled too; the parent mostly waits for it, so its profile is left out of the summary.
  const env = baseEnv({
    CONTENT_DIR: content,
    OUT_DIR: join(dir, 'dist'),
    ASTRO_CACHE_DIR: join(dir, 'cache'),
    NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profiles}`,
  });
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`  profile build failed:\n${result.stderr}`);
    return;
  }
  const files = existsSync(profiles)
    ? readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile') && !f.includes(`.${result.pid}.`))
    : [];
  const summary = summarize(
    files.map((f) => JSON.parse(readFileSync(join(profiles, f), 'utf8')) as CpuProfile),
    25,
  );
  const table = (rows: { name: string; ms: number; pct: number }[], label = 'self time ms') =>
    [
      `| ${label} | % | where |`,
      '| ---: | ---: | --- |',
      ...rows.map((r) => `| ${r.ms.toFixed(0)} | ${r.pct.toFixed(1)} | \`${r.name}\` |`),
    ].join('\n');
  const md = `# CPU profile, our cold build, N=${n}\n\nNode only: Pagefind's indexing runs in its own (Rust) process and is not in here.\n${files.length} profile file(s) in ${profiles}; ${(summary.totalMs / 1000).toFixed(1)} s of samples (main thread and workers, idle excluded).\n\n## By package or folder, callees included\n\n${table(summary.ownersInclusive, 'time ms')}\n\n## By package or folder, self time\n\n${table(summary.owners)}\n\n## By function\n\n${table(summary.functions)}\n`;
  writeFileSync(join(OUT, `profile-${n}.md`), md);
  console.log(`${md}\n`);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
}

// --profile: only a CPU profile of our cold build per N (profiling slows it down, so it is not timed).
if (values.profile) {
  for (const n of sizes) {
    const corpus = writeCorpus(join(ROOT, 'content'), join(OUT, 'corpus', String(n)), n, CORPUS_BEFORE);
    await profileOurs(n, corpus.content);
  }
  process.exit(0);
}

const rows: BenchRow[] = [];
for (const n of values.report ? [] : sizes) {
  console.log(`N = ${n}`);
  const corpus = writeCorpus(join(ROOT, 'content'), join(OUT, 'corpus', String(n)), n, CORPUS_BEFORE);

  const ours = join(OUT, 'ours', String(n));
  const oursEnv = baseEnv({
    CONTENT_DIR: corpus.content,
    OUT_DIR: join(ours, 'dist'),
    ASTRO_CACHE_DIR: join(ours, 'cache'),
    ASTRO_LOG_LEVEL: 'info',
  });
  const oursArgs = ['scripts/build.ts'];
  const cold = () => rmSync(ours, { recursive: true, force: true });
  rows.push(await timed('ours', n, process.execPath, oursArgs, oursEnv, join(ours, 'dist'), join(ours, 'dist/articles'), cold));
  // Warm: the cache and the previous dist/ of the cold build are kept, as on an editor's machine
  // or a CI cache, and one article is edited first, as when an editor fixes a sentence.
  const edited = join(corpus.content, 'articles', readdirSync(join(corpus.content, 'articles')).sort()[0]!);
  const editOne = () => appendFileSync(edited, '\n编辑在重新构建前补充的一句话。\n');
  if (!values['no-warm'])
    rows.push(await timed('ours-warm', n, process.execPath, oursArgs, oursEnv, join(ours, 'dist'), join(ours, 'dist/articles'), editOne));

  if (!values['no-bare']) {
    const bare = join(OUT, 'bare-astro', String(n));
    const env = baseEnv({
      BENCH_CONTENT_DIR: join(corpus.content, 'articles'),
      BENCH_OUT_DIR: join(bare, 'dist'),
      BENCH_CACHE_DIR: join(bare, 'cache'),
    });
    const args = [ASTRO_BIN, 'build', '--root', 'bench/bare-astro'];
    rows.push(
      await timed('bare-astro', n, process.execPath, args, env, join(bare, 'dist'), join(bare, 'dist/articles'), () =>
        rmSync(bare, { recursive: true, force: true }),
      ),
    );
  }

  if (hugo) {
    const dir = join(OUT, 'bare-hugo', String(n));
    const args = [
      '--source',
      'bench/bare-hugo',
      '--contentDir',
      corpus.hugo,
      '--destination',
      join(dir, 'public'),
      '--cacheDir',
      join(dir, 'cache'),
      '--noBuildLock',
      '--quiet',
    ];
    const env = baseEnv({ HUGO_RESOURCEDIR: join(dir, 'resources') });
    rows.push(
      await timed('hugo', n, 'hugo', args, env, join(dir, 'public'), join(dir, 'public/articles'), () =>
        rmSync(dir, { recursive: true, force: true }),
      ),
    );
  }
}

const resultsFile = join(OUT, 'results.json');
const previous: { rows?: BenchRow[] } = !values.fresh && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const all = mergeRows(previous.rows ?? [], rows);
const earlier = (previous as { runs?: MachineState[] }).runs ?? [];
const runs = values.report ? earlier : [...earlier, machine].slice(-10);
const shown = values.report ? (earlier.at(-1) ?? machine) : machine;
writeFileSync(resultsFile, `${JSON.stringify({ runs, rows: all }, null, 2)}\n`);

const table = markdownTable(all);
const runDates = new Set(all.map((r) => r.at.slice(0, 16)));
const md = [
  '# Build benchmark',
  '',
  `Synthetic zh-CN corpus (~1,500 characters, headings, list, table, tags, channels, 2 internal links each), BUILD_NOW ${BUILD_NOW}.`,
  '"our site" is `node scripts/build.ts` (validation, Astro, sitemap, feed, Pagefind); cold = empty cache, warm = second build with the cache kept and one article edited.',
  ...(values.report ? [] : [`Rows from this run are the fastest of ${repeat} run(s) each.`]),
  "Wall time of the whole process; peak RSS is the summed RSS of the process tree (sampled from /proc, at least GNU time's largest single process).",
  '"search s" is how long Pagefind processes were running, from the first start to the last exit (they start while Astro builds). "× bare Astro" and "× Hugo" are our wall time over theirs on the same corpus.',
  '"CPU s" is user+system time of the build\'s process tree; "others\' CPU s" is what the rest of the machine used during the run (/proc/stat): when it is more than a few seconds, the wall time is inflated and CPU s is the fairer number.',
  '',
  table,
  '',
  '![time vs N](chart.svg)',
  '',
  '## Where the time goes',
  '',
  "From Astro's info log (content sync + types, Vite bundle, rendering routes, its total), Pagefind's span, the part of it after Astro's process had exited, and the rest of the wall time (Node start-up, content validation in scripts/build.ts, loading astro.config, swapping folders).",
  '',
  phaseTable(all),
  '',
  '## Share cards',
  '',
  'Cards drawn and reused by our build (cold: an empty cache; warm: one article edited, so one card to draw), and how long drawing took; it runs beside Astro, so only what outlasts Astro adds to the wall time.',
  '',
  cardsTable(all),
  '',
  values.report ? '## Machine (latest run)' : '## Machine (this run)',
  '',
  describeMachine(shown),
  ...(busyNote(shown) ? ['', busyNote(shown)!] : []),
  ...(runDates.size > 1
    ? ['', `Rows come from ${runDates.size} runs; each row's time and load average are in results.json (\`at\`, \`load1\`).`]
    : []),
  '',
].join('\n');
writeFileSync(join(OUT, 'results.md'), md);
writeFileSync(join(OUT, 'chart.svg'), chartSvg(seriesFromRows(all), 'Build time vs number of articles'));
console.log(
  `\n${table}\n\n${phaseTable(all)}\n\n${cardsTable(all)}\n\nwritten: bench/out/results.md, bench/out/results.json, bench/out/chart.svg`,
);
process.exit(rows.every((r) => r.ok) ? 0 : 1);
