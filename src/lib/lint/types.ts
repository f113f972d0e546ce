// The linter's shared vocabulary. Rules are pure functions over these shapes; the CLI
// (scripts/lint-content.ts) builds them from the files on disk.
import type { ChannelKind } from '../channels.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Path as the editor knows it, e.g. content/articles/foo.md */
  file: string;
  /** 1-based line and column in that file. */
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  /** Chinese, quoting the offending text. */
  message: string;
}

/** A hit inside one string, before it is placed in a file. */
export interface TextHit {
  /** Index of the offending text in the string (UTF-16 units). */
  index: number;
  length: number;
  message: string;
  severity?: Severity;
}

export interface ChannelRef {
  id: string;
  /** 1-based line in the article file where the channel is named. */
  line: number;
}

/** One article as the rules see it: valid frontmatter when there is some, best effort otherwise. */
export interface LintArticle {
  file: string;
  slug: string;
  mdx: boolean;
  /** The whole file, to place findings on frontmatter values. */
  raw: string;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level frontmatter key. */
  fieldLines: Record<string, number>;
  title?: string;
  description?: string;
  faq: { q: string; a: string }[];
  sources: string[];
  /** `sources` with their `accessed` dates, where valid. */
  sourceEntries: { url: string; accessed?: Date }[];
  pubDate?: Date;
  updatedDate?: Date;
  channels: ChannelRef[];
  redirectFrom: string[];
  lintOff: string[];
  draft: boolean;
  /** Visible to readers at the lint's "now" (not a draft, not scheduled later). */
  published: boolean;
  noindex: boolean;
  /** Passed schema validation (invalid ones still get their body linted). */
  valid: boolean;
}

export interface LintChannel {
  id: string;
  file: string;
  name: string;
  kind: ChannelKind;
  url: string;
  sponsored: boolean;
  verifiedAt: Date;
}

export interface LintSite {
  articles: LintArticle[];
  channels: ReadonlyMap<string, LintChannel>;
  categories: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  siteUrl: string;
  siteName: string;
  now: Date;
  channelStaleDays: number;
}
