// Reads a content tree the way the build does (readContent + validateContent) and turns it into
// the linter's LintSite. Files that fail validation are still linted, from their raw frontmatter,
// and their validation problems become "schema" findings instead of stopping the run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SITE } from '../../src/config.ts';
import { lintSite, sortFindings, type Finding, type LintArticle, type LintChannel, type LintSite } from '../../src/lib/lint/index.ts';
import { isPublished } from '../../src/lib/published.ts';
import { fileSlug } from '../../src/lib/slug.ts';
import type { ContentProblem } from '../../src/schema/errors.ts';
import { channelMentions, validateContent, type SourceFile, type ValidArticle } from '../../src/schema/validate.ts';
import { coverExistsFrom, readContent } from './read-content.ts';

/** A validation problem as a finding: the same words as the build's error block, on one line. */
export function problemFinding(problem: ContentProblem): Finding {
  const found = problem.found.split('\n')[0]!.trim();
  return {
    file: problem.file,
    line: problem.line ?? 1,
    column: 1,
    severity: 'error',
    rule: 'schema',
    message: `字段 ${problem.field}：应为 ${problem.expected}；实际 ${found}（构建也会因此失败）`,
  };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

function toLintArticle(source: SourceFile, valid: ValidArticle | undefined, raw: string, now: Date): LintArticle {
  const data = (valid?.data ?? (source.data && typeof source.data === 'object' ? source.data : {})) as Record<string, unknown>;
  const line = (key: string) => source.lines?.[key] ?? 1;
  const faq = Array.isArray(data.faq)
    ? data.faq.filter((f): f is { q: string; a: string } => typeof f?.q === 'string' && typeof f?.a === 'string')
    : [];
  const sources = Array.isArray(data.sources)
    ? data.sources.map((s) => (s as { url?: unknown })?.url).filter((u): u is string => typeof u === 'string')
    : [];
  const lint = data.lint as { off?: unknown } | undefined;
  return {
    file: source.file,
    slug: valid?.slug ?? text(data.slug) ?? fileSlug(source.file),
    mdx: source.file.endsWith('.mdx'),
    raw,
    body: source.body ?? '',
    bodyLine: source.bodyLine ?? 1,
    fieldLines: source.lines ?? {},
    title: text(data.title),
    description: text(data.description),
    faq,
    sources,
    sourceEntries: valid ? valid.data.sources.map((s) => ({ url: s.url, accessed: s.accessed })) : sources.map((url) => ({ url })),
    pubDate: valid?.data.pubDate,
    updatedDate: valid?.data.updatedDate,
    channels: [
      ...strings(data.channels).map((id) => ({ id, line: line('channels') })),
      ...channelMentions(source.file, source.body ?? '').map((m) => ({ id: m.id, line: (source.bodyLine ?? 1) + m.line - 1 })),
    ],
    redirectFrom: strings(data.redirectFrom),
    lintOff: strings(lint?.off),
    draft: data.draft === true,
    published: valid ? isPublished(valid.data, now) : false,
    noindex: data.noindex === true,
    valid: Boolean(valid),
  };
}

export interface LintRun {
  findings: Finding[];
  /** Article files linted (after `only`). */
  files: number;
}

/**
 * Lints the content tree at `contentDir` as of `now` (the build's, src/build-inputs.ts: the
 * moment itself, even in a `--future` preview, since the linter measures ages from it). `only`
 * limits findings to some files (paths relative to `root`, as findings name them); every file is
 * still read for cross-checks.
 */
export function lintContent(contentDir: string, options: { now: Date; root?: string; only?: (file: string) => boolean }): LintRun {
  const root = options.root ?? process.cwd();
  const sources = readContent(contentDir, root);
  const { problems, content } = validateContent(sources, { coverExists: coverExistsFrom(root) });
  const { now } = options;
  const validByFile = new Map(content.articles.map((a) => [a.file, a]));
  const channelFile = new Map(sources.channels.map((s) => [(s.file.split('/').pop() ?? '').replace(/\.ya?ml$/i, ''), s.file]));
  const channels = new Map<string, LintChannel>();
  for (const [id, c] of content.channels) {
    channels.set(id, {
      id,
      file: channelFile.get(id) ?? `content/channels/${id}.yaml`,
      name: c.name,
      kind: c.kind,
      url: c.url,
      sponsored: c.sponsored,
      verifiedAt: c.verifiedAt,
    });
  }
  const site: LintSite = {
    articles: sources.articles.map((s) => toLintArticle(s, validByFile.get(s.file), readFileSync(resolve(root, s.file), 'utf8'), now)),
    channels,
    categories: new Set(content.categories.keys()),
    tags: new Set(content.tags.keys()),
    siteUrl: SITE.url,
    siteName: SITE.name,
    now,
    channelStaleDays: SITE.channelStaleDays,
  };
  const only = options.only;
  const articleFiles = new Set(sources.articles.map((a) => a.file));
  // Problems in shared files (channels, authors, taxonomy) affect every article: always shown.
  const schema = problems.filter((p) => !only || only(p.file) || !articleFiles.has(p.file)).map(problemFinding);
  const findings = sortFindings([...schema, ...lintSite(site, { only })]);
  return { findings, files: only ? [...articleFiles].filter(only).length : articleFiles.size };
}
