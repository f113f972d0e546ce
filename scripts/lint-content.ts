// `npm run lint:content [-- [--format json] paths…]`: the content linter for editors.
// With no paths it lints CONTENT_DIR (default ./content). A path may be a content folder (one
// holding articles/), or article files and folders inside one. Exit 1 when there is an error.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatFinding, summarize, type Finding } from '../src/lib/lint/index.ts';
import { buildInputsOrExit } from '../src/build-inputs.ts';
import { lintContent } from './lib/lint.ts';

const root = process.cwd();
const inputs = buildInputsOrExit();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' } },
});
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`--format 只能是 text 或 json，收到 “${values.format}”`);
  process.exit(2);
}

/** The content folder a path belongs to: itself or the nearest ancestor holding articles/. */
function contentRootOf(abs: string): string | undefined {
  for (let dir = existsSync(abs) && statSync(abs).isDirectory() ? abs : dirname(abs); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'articles')) && statSync(join(dir, 'articles')).isDirectory()) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

const targets = new Map<string, string[] | undefined>();
if (!positionals.length) {
  targets.set(inputs.contentDir, undefined);
} else {
  for (const path of positionals) {
    const abs = resolve(path);
    if (!existsSync(abs)) {
      console.error(`找不到 “${path}”`);
      process.exit(2);
    }
    const contentRoot = contentRootOf(abs);
    if (!contentRoot) {
      console.error(`“${path}” 不在内容文件夹里（找不到包含 articles/ 的上级文件夹）`);
      process.exit(2);
    }
    // The content folder itself means "everything"; anything else narrows the report.
    if (abs === contentRoot) targets.set(contentRoot, undefined);
    else if (!targets.has(contentRoot) || targets.get(contentRoot)) targets.set(contentRoot, [...(targets.get(contentRoot) ?? []), abs]);
  }
}

const findings: Finding[] = [];
let files = 0;
for (const [contentRoot, paths] of targets) {
  const only = paths && ((file: string) => paths.some((p) => resolve(root, file) === p || resolve(root, file).startsWith(p + sep)));
  const run = lintContent(relative(root, contentRoot) || '.', { root, now: inputs.now, only });
  findings.push(...run.findings);
  files += run.files;
}

const summary = summarize(findings, files);
if (values.format === 'json') {
  console.log(JSON.stringify({ files, errors: summary.errors, warnings: summary.warnings, findings }, null, 2));
} else {
  for (const f of findings) console.log(formatFinding(f));
  if (findings.length) console.log('');
  console.log(summary.text);
}
process.exit(summary.errors ? 1 : 0);
