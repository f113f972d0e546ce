// Runs every rule over a site and places each finding in its file. Pure: the CLI reads the
// files and builds the LintSite (scripts/lib/lint.ts).
import { hostOf, normalizeHost } from '../rel.ts';
import { adLawHits } from './ad-law.ts';
import { boxedChannelHosts, channelDomainHits, channelDomainMessage, channelDomainSeverity, type BoxedHosts } from './channel-domain.ts';
import { claimHits } from './claims.ts';
import { domainMessage, findDomains, isKnownHost, onHost, repeatMessage, repeatedHosts } from './domains.ts';
import { buildArticleIndex, checkInternalLink, findOrphans, internalTarget, ORPHAN_MESSAGE, resolveArticle } from './links.ts';
import { parseBody, locator, type ParsedBody } from './markdown.ts';
import { descriptionLengthMessage, duplicateMessage, duplicates, titleLengthMessage } from './meta.ts';
import { hanWords, obfuscationHits } from './obfuscation.ts';
import { officialClaimHits, officialLinkMessage } from './official-claim.ts';
import { placeholderHits } from './placeholder.ts';
import { ALWAYS_ON, isRuleId, RULES, type RuleId } from './rules.ts';
import { sourceHits } from './sources.ts';
import { staleChannelMessage } from './stale.ts';
import { checkStructure } from './structure.ts';
import { findStuffing, stuffingMessage } from './stuffing.ts';
import { locateInFrontmatter } from './text.ts';
import { titleStackingMessage } from './title-stacking.ts';
import type { Finding, LintArticle, LintChannel, LintSite, Severity, TextHit } from './types.ts';

export type { Finding, LintArticle, LintChannel, LintSite } from './types.ts';
export { RULES } from './rules.ts';

/** Hosts a body may name: channels, every cited source (as the link policy treats them), the site. */
export function knownHosts(site: LintSite): Set<string> {
  const hosts = new Set<string>([normalizeHost(new URL(site.siteUrl).hostname)]);
  for (const c of site.channels.values()) {
    const h = hostOf(c.url);
    if (h) hosts.add(h);
  }
  for (const a of site.articles) {
    for (const url of a.sources) {
      const h = hostOf(url);
      if (h) hosts.add(h);
    }
  }
  return hosts;
}

interface ArticleRun {
  article: LintArticle;
  parsed: ParsedBody;
  at: ReturnType<typeof locator>;
  findings: Finding[];
}

function frontmatterTexts(a: LintArticle): { key: string; value: string }[] {
  const texts: { key: string; value: string }[] = [];
  if (a.title) texts.push({ key: 'title', value: a.title });
  if (a.description) texts.push({ key: 'description', value: a.description });
  for (const item of a.faq) texts.push({ key: 'faq', value: item.q }, { key: 'faq', value: item.a });
  return texts;
}

/** What every article is checked against, computed once per run. */
interface SiteFacts {
  known: Set<string>;
  boxed: BoxedHosts;
  channels: LintChannel[];
}

function lintArticle(run: ArticleRun, site: LintSite, facts: SiteFacts): void {
  const { known, boxed, channels } = facts;
  const { article: a, parsed, at } = run;
  const add = (rule: RuleId, pos: { line: number; column: number }, message: string, severity: Severity = RULES[rule].severity) =>
    run.findings.push({ file: a.file, line: pos.line, column: pos.column, severity, rule, message });
  const addText = (rule: RuleId, hits: TextHit[], place: (hit: TextHit) => { line: number; column: number }) => {
    for (const hit of hits) add(rule, place(hit), hit.message, hit.severity);
  };

  if (parsed.error) add('parse', at.point(parsed.error), `正文无法解析：${parsed.error.message}`);
  const bodyText = parsed.texts.map((t) => t.value).join('\n');
  // The article's own words help read "刷ka" back as 刷卡; segmenting is only worth it when
  // some text actually has Latin letters against Chinese, so it happens on first use.
  let words: Set<string> | undefined;
  const vocabulary: Iterable<string> = { [Symbol.iterator]: () => (words ??= hanWords(bodyText)).values() };

  // Text rules, on visible body text and on the frontmatter fields readers see.
  for (const span of parsed.texts) {
    const place = (hit: TextHit) => at.at(span.offset(hit.index));
    addText('obfuscation', obfuscationHits(span.value, vocabulary), place);
    addText('unsourced-claim', claimHits(span.value, a.sources.length), place);
    if (!a.draft) addText('placeholder', placeholderHits(span.value), place);
    addText('channel-domain', channelDomainHits(span.value, boxed), place);
  }
  // Rules that read a clause, across emphasis and links.
  for (const block of parsed.blocks) {
    const place = (hit: TextHit) => at.at(block.offset(hit.index));
    addText('official-claim', officialClaimHits(block.value, channels), place);
    addText('ad-law-words', adLawHits(block.value), place);
  }
  for (const { key, value } of frontmatterTexts(a)) {
    const place = (hit: { index: number; length: number }) =>
      locateInFrontmatter(a.raw, a.fieldLines[key], value.slice(hit.index, hit.index + hit.length));
    addText('obfuscation', obfuscationHits(value, vocabulary), place);
    addText('unsourced-claim', claimHits(value, a.sources.length), place);
    if (!a.draft) addText('placeholder', placeholderHits(value), place);
    for (const d of findDomains(value)) if (!isKnownHost(d.host, known)) add('promo-domain', place(d), domainMessage(d));
    addText('channel-domain', channelDomainHits(value, boxed), place);
    addText('official-claim', officialClaimHits(value, channels), place);
    addText('ad-law-words', adLawHits(value), place);
  }
  // Links written as [text](url): a literal www.… is text and was read above.
  for (const link of parsed.links) {
    if (link.literal) continue;
    const pos = at.at(link.offset);
    const host = hostOf(link.url);
    const channel = host ? onHost(host, boxed) : undefined;
    if (channel) add('channel-domain', pos, channelDomainMessage(link.url, channel, 'link'), channelDomainSeverity(channel));
    const claim = officialLinkMessage(link, channels);
    if (claim) add('official-claim', pos, claim);
  }

  // Domains: each written-out unknown one is an error; any unknown host named twice is too.
  const mentions: { host: string; line: number; column: number }[] = [];
  for (const span of parsed.texts) {
    for (const d of findDomains(span.value)) {
      const pos = at.at(span.offset(d.index));
      mentions.push({ host: d.host, ...pos });
      if (!isKnownHost(d.host, known)) add('promo-domain', pos, domainMessage(d));
    }
  }
  for (const link of parsed.links) {
    const host = hostOf(link.url);
    // A GFM literal (a bare www.… in the text) was already counted as text.
    if (host && !link.literal) mentions.push({ host, ...at.at(link.offset) });
  }
  mentions.sort((x, y) => x.line - y.line || x.column - y.column);
  for (const { host, mentions: list } of repeatedHosts(mentions, known)) {
    add('promo-domain-repeat', list[0]!, repeatMessage(host, [...new Set(list.map((m) => m.line))]));
  }

  if (a.title) {
    const place = locateInFrontmatter(a.raw, a.fieldLines.title, a.title);
    const length = titleLengthMessage(a.title, site.siteName);
    if (length) add('title-length', place, length);
    const stacking = titleStackingMessage(a.title);
    if (stacking) add('title-stacking', place, stacking);
  }
  if (a.description) {
    const message = descriptionLengthMessage(a.description);
    if (message) add('description-length', locateInFrontmatter(a.raw, a.fieldLines.description, a.description), message);
  }

  for (const s of findStuffing(bodyText)) {
    const needle = s.term.toLowerCase();
    const span = parsed.texts.find((t) => t.value.toLowerCase().includes(needle));
    add(
      'keyword-stuffing',
      span ? at.at(span.offset(span.value.toLowerCase().indexOf(needle))) : { line: a.bodyLine, column: 1 },
      stuffingMessage(s),
    );
  }

  if (parsed.tree) {
    for (const hit of checkStructure(parsed.tree)) add(hit.rule as RuleId, at.point(hit), hit.message, hit.severity);
  }

  const seen = new Set<string>();
  for (const ref of a.channels) {
    const channel = site.channels.get(ref.id);
    if (!channel || seen.has(ref.id)) continue;
    seen.add(ref.id);
    const message = staleChannelMessage(channel, site.now, site.channelStaleDays);
    if (message) add('stale-channel', { line: ref.line, column: 1 }, message);
  }

  // Sources are held to the rules once an article is meant for readers (drafts are work in progress).
  if (!a.draft) {
    for (const hit of sourceHits(a.sourceEntries, a)) {
      add(
        hit.rule,
        hit.url ? locateInFrontmatter(a.raw, a.fieldLines.sources, hit.url, Infinity) : { line: a.fieldLines.sources ?? 1, column: 1 },
        hit.message,
      );
    }
  }

  for (const id of a.lintOff) {
    if (!isRuleId(id)) {
      add(
        'lint-off',
        locateInFrontmatter(a.raw, a.fieldLines.lint, id),
        `lint.off 里的 “${id}” 不是规则 id。可用的有：${Object.keys(RULES).join('、')}`,
      );
    } else if (ALWAYS_ON.includes(id)) {
      add('lint-off', locateInFrontmatter(a.raw, a.fieldLines.lint, id), `规则 “${id}” 不能关闭（构建本身就会检查它）`);
    }
  }
}

export interface LintOptions {
  /** Report findings for these files only (the others are still read for cross-checks). */
  only?: (file: string) => boolean;
}

export function lintSite(site: LintSite, options: LintOptions = {}): Finding[] {
  const facts: SiteFacts = {
    known: knownHosts(site),
    boxed: boxedChannelHosts(site.channels.values()),
    channels: [...site.channels.values()],
  };
  const index = buildArticleIndex(site.articles);
  const runs: ArticleRun[] = site.articles.map((article) => ({
    article,
    parsed: parseBody(article.body, article.mdx),
    at: locator(article.body, article.bodyLine),
    findings: [],
  }));
  const byFile = new Map(runs.map((r) => [r.article.file, r]));
  const linksTo = new Map<string, Set<string>>();

  for (const run of runs) {
    const { article: a, parsed, at } = run;
    const targets = new Set<string>();
    for (const link of parsed.links) {
      const target = internalTarget(link.url, site.siteUrl);
      if (!target) continue;
      const slug = resolveArticle(target, index);
      if (slug) targets.add(slug);
      const problem = checkInternalLink(link.url, target, index, site, a.published);
      if (problem) {
        const pos = at.at(link.offset);
        run.findings.push({ file: a.file, ...pos, severity: problem.severity, rule: 'internal-link', message: problem.message });
      }
    }
    linksTo.set(a.file, targets);
    if (!options.only || options.only(a.file)) lintArticle(run, site, facts);
  }

  const orphanFiles = findOrphans(site.articles.map((a) => ({ ...a, linksTo: linksTo.get(a.file) ?? new Set<string>() })));
  for (const file of orphanFiles) {
    const run = byFile.get(file)!;
    run.findings.push({
      file,
      line: run.article.fieldLines.title ?? 1,
      column: 1,
      severity: 'warning',
      rule: 'orphan',
      message: ORPHAN_MESSAGE,
    });
  }

  for (const [rule, key, what] of [
    ['title-duplicate', 'title', '标题'],
    ['description-duplicate', 'description', '摘要'],
  ] as const) {
    const dupes = duplicates(site.articles.map((a) => ({ file: a.file, value: a[key] })));
    for (const [file, others] of dupes) {
      const run = byFile.get(file)!;
      const value = run.article[key]!;
      run.findings.push({
        file,
        ...locateInFrontmatter(run.article.raw, run.article.fieldLines[key], value),
        severity: 'error',
        rule,
        message: duplicateMessage(what, value, others),
      });
    }
  }

  const findings: Finding[] = [];
  for (const run of runs) {
    if (options.only && !options.only(run.article.file)) continue;
    const off = new Set(run.article.lintOff.filter((id) => isRuleId(id) && !ALWAYS_ON.includes(id)));
    findings.push(...run.findings.filter((f) => !off.has(f.rule)));
  }
  return sortFindings(findings);
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}  ${f.message}`;
}

export function summarize(findings: readonly Finding[], fileCount: number): { errors: number; warnings: number; text: string } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const files = new Set(findings.map((f) => f.file)).size;
  const text = findings.length
    ? `内容检查：${fileCount} 个文件中，${files} 个有问题，共 ${errors} 个错误、${warnings} 个警告。${errors ? '有错误，请修改后再发布。' : '只有警告，可以发布，但建议修改。'}`
    : `内容检查通过：${fileCount} 个文件，没有发现问题。`;
  return { errors, warnings, text };
}
