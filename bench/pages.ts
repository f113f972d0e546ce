// npm run bench:pages [-- --dist <built site>] [--no-lighthouse]
//
// Builds the real content into bench/out/site (unless --dist points at a built site), then for
// home, the heaviest article, the heaviest category listing and search: bytes of HTML, CSS and
// JS (raw and gzip), requests, and Lighthouse mobile scores, checked against bench/budgets.json.
// Exits 1 when a budget is broken and lists which, with Lighthouse's failing audits.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CATEGORIES,
  categoryScore,
  checkBudgets,
  failingAudits,
  resourceSummary,
  type Budgets,
  type Category,
  type Lhr,
  type MeasuredPage,
  type PageKind,
} from './lib/budgets.ts';
import { busyNote, describeMachine, machineState } from './lib/machine.ts';
import { pageWeight, type PageWeight } from './lib/page-weight.ts';
import { serveSite } from './lib/serve-site.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS =
  '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    // Performance scores move with the load of this shared 2-core machine: keep the median run
    // of five, which Lighthouse's docs/variability.md finds about twice as stable as one run.
    runs: { type: 'string', default: '5' },
  },
});

const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')) as Budgets;
const machine = machineState(ROOT);
const busy = busyNote(machine);
if (busy) console.warn(busy);

function buildSite(): string {
  const dir = join(OUT, 'site');
  const dist = join(dir, 'dist');
  console.log('building content/ into bench/out/site/dist …');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: './content', OUT_DIR: dist, ASTRO_CACHE_DIR: join(dir, 'cache') },
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  return dist;
}

const dist = values.dist ? resolve(values.dist) : buildSite();
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`没有找到已构建的网站：${dist}/index.html`);
  process.exit(1);
}

function readAsset(url: string): Buffer | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const file = normalize(join(dist, decodeURI(url.split(/[?#]/)[0]!)));
  return file.startsWith(dist) && existsSync(file) ? readFileSync(file) : undefined;
}

function htmlPages(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes(`${dist}/pagefind`))
    .map((e) => `/${join(e.parentPath, e.name).slice(dist.length + 1)}`.replace(/index\.html$/, ''));
}

function weigh(path: string): PageWeight {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return pageWeight(readFileSync(file, 'utf8'), readAsset);
}

const all = htmlPages().map((path) => ({ path, weight: weigh(path) }));
const articles = all.filter((p) => /^\/articles\/[^/]+\/$/.test(p.path));
const listings = all.filter((p) => /^\/categories\/[^/]+\/$/.test(p.path));
const heaviest = (pages: typeof all) => [...pages].sort((a, b) => b.weight.htmlCssGzip - a.weight.htmlCssGzip)[0];
const chosen: { kind: PageKind; path: string | undefined }[] = [
  { kind: 'home', path: '/' },
  { kind: 'article', path: heaviest(articles)?.path },
  { kind: 'listing', path: heaviest(listings)?.path },
  { kind: 'search', path: '/search/' },
];

interface LighthouseRun {
  lhr?: Lhr;
  error?: string;
}

/** Async on purpose: the static server runs in this process and must keep answering. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    // SIGINT first: Lighthouse's CLI then closes the Chromium it launched instead of orphaning it.
    const timer = setTimeout(() => {
      child.kill('SIGINT');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

async function lighthouse(url: string, name: string): Promise<LighthouseRun> {
  const dir = join(OUT, 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const report = join(dir, `${name}.json`);
  rmSync(report, { force: true });
  const result = await run(
    process.execPath,
    [
      join(ROOT, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
      `--chrome-flags=${CHROME_FLAGS}`,
      `--only-categories=${CATEGORIES.join(',')}`,
    ],
    { ...process.env, CHROME_PATH: CHROME },
    180_000,
  );
  if (result.code !== 0 || !existsSync(report))
    return { error: (result.stderr || `exit ${result.code}`).trim().split('\n').slice(-3).join(' ') };
  const lhr = JSON.parse(readFileSync(report, 'utf8')) as Lhr;
  return lhr.runtimeError ? { lhr, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : { lhr };
}

/** The run with the median performance score (a failed run only when all failed). */
function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const good = runs
    .filter((r) => r.lhr && !r.error)
    .sort((a, b) => (a.lhr!.categories.performance?.score ?? 0) - (b.lhr!.categories.performance?.score ?? 0));
  return good[Math.floor((good.length - 1) / 2)] ?? runs[0]!;
}

const server = await serveSite(dist);
const measured: (MeasuredPage & { lhr?: Lhr; perRun?: string; load1?: number })[] = [];
try {
  for (const { kind, path } of chosen) {
    if (!path || !all.some((p) => p.path === path)) {
      console.error(`没有找到 ${kind} 页面`);
      continue;
    }
    const weight = all.find((p) => p.path === path)!.weight;
    const page: MeasuredPage & { lhr?: Lhr; perRun?: string; load1?: number } = {
      kind,
      path,
      weight,
      load1: Number(loadavg()[0]!.toFixed(2)),
    };
    if (!values['no-lighthouse']) {
      process.stdout.write(`Lighthouse ${kind} ${path} … `);
      const runs: LighthouseRun[] = [];
      for (let i = 1; i <= Math.max(1, Number(values.runs)); i++) runs.push(await lighthouse(`${server.url}${path}`, `${kind}-${i}`));
      const run = medianRun(runs);
      const exempt = Object.keys(budgets.lighthouseExempt[kind] ?? {});
      if (run.lhr && !run.error) {
        page.lhr = run.lhr;
        page.scores = Object.fromEntries(CATEGORIES.map((c) => [c, categoryScore(run.lhr!, c, exempt)]));
      }
      if (run.error) page.lighthouseError = run.error;
      const perRun = runs
        .map((r) => (r.lhr?.categories.performance?.score == null ? '×' : Math.round(r.lhr.categories.performance.score * 100)))
        .join('/');
      console.log(
        run.error
          ? `failed: ${run.error}`
          : `${CATEGORIES.map((c) => `${c} ${page.scores?.[c] ?? '–'}`).join(', ')} (performance per run ${perRun})`,
      );
      page.perRun = perRun;
    }
    measured.push(page);
  }
} finally {
  await server.close();
}

const kib = (n: number) => (n / 1024).toFixed(1);
const pair = (b: { raw: number; gzip: number }) => `${kib(b.raw)} / ${kib(b.gzip)}`;
const weightTable = [
  '| page | path | HTML KiB raw / gz | CSS KiB raw / gz | CSS files, inline B | JS KiB raw / gz | JS files, inline B | HTML+CSS gz KiB | requests (HTML / Lighthouse) | transfer KiB (Lighthouse) |',
  '| --- | --- | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: |',
  ...measured.map((p) => {
    const summary = p.lhr ? resourceSummary(p.lhr) : {};
    const w = p.weight;
    return `| ${p.kind} | ${p.path} | ${pair(w.html)} | ${pair(w.css)} | ${w.css.files.length}, ${w.css.inline} | ${pair(w.js)} | ${w.js.files.length}, ${w.js.inline} | ${kib(w.htmlCssGzip)} | ${w.requests} / ${summary.total?.requests ?? '–'} | ${summary.total ? kib(summary.total.transferBytes) : '–'} |`;
  }),
].join('\n');

const lighthouseTable = [
  `| page | ${CATEGORIES.join(' | ')} | performance per run | benchmarkIndex | load |`,
  `| --- | ${CATEGORIES.map(() => '---:').join(' | ')} | --- | ---: | ---: |`,
  ...measured.map((p) => {
    const raw = (c: Category) =>
      p.lhr?.categories[c]?.score === null || !p.lhr ? undefined : Math.round(p.lhr.categories[c]!.score! * 100);
    return `| ${p.kind} | ${CATEGORIES.map((c) => {
      const score = p.scores?.[c];
      if (score === undefined) return '–';
      return raw(c) !== score ? `${score} (raw ${raw(c)})` : String(score);
    }).join(
      ' | ',
    )} | ${p.perRun ?? '–'} | ${(p.lhr as { environment?: { benchmarkIndex?: number } } | undefined)?.environment?.benchmarkIndex ?? '–'} | ${p.load1 ?? '–'} |`;
  }),
].join('\n');

const jsOutsideSearch = all
  .filter((p) => !p.path.startsWith('/search/') && p.weight.js.raw > 0)
  .map((p) => ({ path: p.path, bytes: p.weight.js.raw }));
const lines = checkBudgets(budgets, {
  pages: measured,
  jsOutsideSearch,
  articles: articles.map((a) => ({ path: a.path, htmlCssGzip: a.weight.htmlCssGzip })),
});
const budgetTable = [
  '| budget | limit | measured | ok |',
  '| --- | --- | --- | --- |',
  ...lines.map((l) => `| ${l.budget} | ${l.limit} | ${l.measured} | ${l.ok ? 'yes' : '**NO**'} |`),
].join('\n');

const failing: string[] = [];
for (const p of measured) {
  if (!p.lhr) continue;
  for (const c of CATEGORIES) {
    const audits = failingAudits(p.lhr, c);
    if ((p.lhr.categories[c]?.score ?? 1) >= 1 || audits.length === 0) continue;
    failing.push(`- **${p.kind} · ${c}** (${Math.round(p.lhr.categories[c]!.score! * 100)})`);
    if (c === 'performance') {
      const items =
        (p.lhr.audits['mainthread-work-breakdown']?.details as { items?: { groupLabel: string; duration: number }[] } | undefined)?.items ??
        [];
      const bench = (p.lhr as { environment?: { benchmarkIndex?: number } }).environment?.benchmarkIndex;
      failing.push(
        `  - main thread (simulated slow phone): ${items
          .slice(0, 4)
          .map((i) => `${i.groupLabel} ${i.duration.toFixed(0)} ms`)
          .join(', ')}${bench ? `; this machine's benchmarkIndex ${bench}` : ''}`,
      );
    }
    for (const a of audits) {
      const why = budgets.lighthouseExempt[p.kind]?.[a.id];
      failing.push(
        `  - ${a.weight > 0 ? '' : '(hint) '}\`${a.id}\` ${a.title}: score ${a.score.toFixed(2)}${a.displayValue ? `, ${a.displayValue}` : ''}${a.weight > 0 ? `, weight ${a.weight}` : ''}${why ? ` — exempt: ${why}` : ''}`,
      );
    }
  }
}

const broken = lines.filter((l) => !l.ok);
const md = [
  '# Page budgets',
  '',
  `Site: ${dist}. Pages served on 127.0.0.1 by ${server.by}; gzip columns use zlib's default level. Lighthouse ${machine.versions.lighthouse ?? ''}, mobile, simulated throttling, ${CHROME}.`,
  `Lighthouse: median of ${values.runs} run(s) per page by performance score; all reports in bench/out/lighthouse/.`,
  'The article and listing are the heaviest of their kind (largest HTML+CSS gzip). Requests: what the HTML references (document, CSS, JS, images, icons, manifest) / what Lighthouse saw load.',
  '',
  weightTable,
  '',
  '## Lighthouse (mobile)',
  '',
  lighthouseTable,
  '',
  '## Budgets (bench/budgets.json)',
  '',
  budgetTable,
  '',
  ...(failing.length ? ['## Lighthouse audits below 1 in categories under 100', '', ...failing, ''] : []),
  '## Machine',
  '',
  describeMachine(machine),
  ...(busy ? ['', busy] : []),
  '',
].join('\n');
writeFileSync(join(OUT, 'pages.md'), md);
console.log(`\n${md}\nwritten: bench/out/pages.md, bench/out/lighthouse/*.json`);
if (broken.length) {
  console.error(`\n${broken.length} 项预算未达标：\n${broken.map((l) => `  - ${l.budget}: ${l.measured}（要求 ${l.limit}）`).join('\n')}`);
  process.exit(1);
}
