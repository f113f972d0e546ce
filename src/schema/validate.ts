// Validates the whole content tree at once: each file against its schema, then every
// cross-reference, duplicate slug and redirect clash. Pure: the caller reads the files.
import { z } from 'astro/zod';
import { BODY_POLICY_EXPECTED } from '../lib/body-policy.ts';
import { figureFindings } from '../lib/figure-check.ts';
import { hostileFindings } from '../lib/hostile.ts';
import { fileSlug, isValidSlug, suggestSlug } from '../lib/slug.ts';
import { articleSchema, type ArticleData } from './article.ts';
import { authorSchema, type AuthorData } from './author.ts';
import { channelSchema, type ChannelData } from './channel.ts';
import { editorErrorMap, problemsFromIssues, type ContentProblem } from './errors.ts';
import { categorySchema, tagSchema, type CategoryData, type TagData } from './taxonomy.ts';

export interface SourceFile {
  /** Path as the editor knows it, relative to the project, e.g. content/articles/foo.md */
  file: string;
  /** Parsed YAML (frontmatter for articles), or undefined when parsing failed. */
  data: unknown;
  /** Problems found while reading (YAML syntax, ambiguous dates). */
  readProblems?: ContentProblem[];
  /** 1-based line of each top-level key, for error locations. */
  lines?: Record<string, number>;
  body?: string;
  /** 1-based line in the file where the body starts. */
  bodyLine?: number;
}

export interface ContentSources {
  root: string;
  articles: SourceFile[];
  channels: SourceFile[];
  authors: SourceFile[];
  categories: SourceFile | undefined;
  tags: SourceFile | undefined;
}

export interface ValidArticle {
  file: string;
  slug: string;
  data: ArticleData;
  body: string;
}

export interface ValidContent {
  articles: ValidArticle[];
  channels: Map<string, ChannelData>;
  authors: Map<string, AuthorData>;
  categories: Map<string, CategoryData>;
  tags: Map<string, TagData>;
}

export interface ValidateOptions {
  coverExists?: (articleFile: string, cover: string) => boolean;
}

/** The field names an object schema at `path` knows, for "did you mean" (zod's public accessors only). */
function keysOf(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    for (;;) {
      if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap();
      else if (s instanceof z.ZodArray) s = s.element;
      else if (s instanceof z.ZodPipe) s = s.in;
      else return s;
    }
  };
  current = unwrap(current);
  for (const part of path) {
    if (typeof part === 'number') continue;
    current = unwrap((current as any)?.shape?.[part]);
    current = unwrap(current);
  }
  return Object.keys((current as any)?.shape ?? {});
}

function parseFile<T extends z.ZodType>(source: SourceFile, schema: T, problems: ContentProblem[]): z.output<T> | undefined {
  if (source.readProblems?.length) {
    problems.push(...source.readProblems);
    return undefined;
  }
  const result = schema.safeParse(source.data ?? {}, { error: editorErrorMap });
  if (result.success) return result.data;
  problems.push(
    ...problemsFromIssues(source.file, result.error.issues as any, source.data, {
      knownKeys: (path) => keysOf(schema, path),
      lineOf: (key) => source.lines?.[key],
    }),
  );
  return undefined;
}

function idFromFile(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.(ya?ml)$/i, '');
}

function parseRegistry<T extends z.ZodType>(
  sources: SourceFile[],
  schema: T,
  what: string,
  problems: ContentProblem[],
): Map<string, z.output<T>> {
  const map = new Map<string, z.output<T>>();
  for (const source of sources) {
    const id = idFromFile(source.file);
    if (!isValidSlug(id)) {
      problems.push({
        file: source.file,
        field: '文件名',
        expected: `${what}的 id 就是文件名，应为小写英文字母、数字和连字符，例如 ${suggestSlug(id) || 'my-id'}.yaml`,
        found: `“${id}”`,
      });
      continue;
    }
    const data = parseFile(source, schema, problems);
    if (data !== undefined) map.set(id, data);
  }
  return map;
}

function parseList<T extends z.ZodType & { shape: Record<string, unknown> }>(
  source: SourceFile | undefined,
  schema: T,
  fileLabel: string,
  problems: ContentProblem[],
): Map<string, z.output<T>> {
  const map = new Map<string, z.output<T>>();
  if (!source) {
    problems.push({ file: fileLabel, field: '（整个文件）', expected: '这个文件存在', found: '文件不存在' });
    return map;
  }
  const list = parseFile(source, z.array(schema, { error: '一个列表，每项以 “- id:” 开头' }), problems);
  for (const [index, item] of (list ?? []).entries()) {
    const id = (item as { id: string }).id;
    if (map.has(id)) {
      problems.push({ file: source.file, field: `第 ${index + 1} 项 → id`, expected: '不重复的 id', found: `“${id}” 重复出现` });
    } else {
      map.set(id, item);
    }
  }
  return map;
}

function list(ids: Iterable<string>): string {
  const all = [...ids];
  return all.length ? all.join('、') : '（目前一个也没有）';
}

export function validateContent(
  sources: ContentSources,
  options: ValidateOptions = {},
): { problems: ContentProblem[]; content: ValidContent } {
  const problems: ContentProblem[] = [];
  const categories = parseList(sources.categories, categorySchema, 'content/taxonomy/categories.yaml', problems);
  const tags = parseList(sources.tags, tagSchema, 'content/taxonomy/tags.yaml', problems);
  const channels = parseRegistry(sources.channels, channelSchema, '渠道', problems);
  const authors = parseRegistry(sources.authors, authorSchema, '作者', problems);

  // Outside the Astro build there is no image() helper: covers are checked as paths below.
  const schema = articleSchema(() => z.string({ error: '图片路径（相对于文章文件）' }));
  const articles: ValidArticle[] = [];
  const slugOwner = new Map<string, string>();

  for (const source of sources.articles) {
    const data = parseFile(source, schema, problems) as ArticleData | undefined;
    const fromName = fileSlug(source.file);
    const line = (key: string) => source.lines?.[key];
    if (!data) {
      if (!isValidSlug(fromName) && !(source.data as any)?.slug) {
        problems.push(slugProblem(source.file, fromName));
      }
      continue;
    }
    const slug = data.slug ?? fromName;
    if (!data.slug && !isValidSlug(fromName)) {
      problems.push(slugProblem(source.file, fromName));
      continue;
    }
    const refProblems: ContentProblem[] = [];
    const ref = (field: string, value: string, known: Map<string, unknown>, registry: string, at = field) => {
      if (!known.has(value)) {
        refProblems.push({
          file: source.file,
          field: at,
          expected: `${registry}中已有的 id 之一：${list(known.keys())}`,
          found: `“${value}”`,
          line: line(field),
        });
      }
    };
    ref('category', data.category, categories, 'content/taxonomy/categories.yaml ');
    for (const [i, tag] of data.tags.entries()) ref('tags', tag, tags, 'content/taxonomy/tags.yaml ', `tags → 第 ${i + 1} 项`);
    ref('author', data.author, authors, 'content/authors/ ');
    if (data.reviewedBy) ref('reviewedBy', data.reviewedBy, authors, 'content/authors/ ');
    for (const [i, id] of data.channels.entries()) ref('channels', id, channels, 'content/channels/ ', `channels → 第 ${i + 1} 项`);
    for (const mention of channelMentions(source.file, source.body ?? '')) {
      if (!channels.has(mention.id)) {
        refProblems.push({
          file: source.file,
          field: '正文 <Channel id>',
          expected: `content/channels/ 中已有的渠道 id 之一：${list(channels.keys())}`,
          found: `“${mention.id}”`,
          line: (source.bodyLine ?? 1) + mention.line - 1,
        });
      }
    }
    if (source.file.endsWith('.mdx')) {
      for (const finding of figureFindings(source.body ?? '', source.bodyLine)) {
        refProblems.push({ file: source.file, field: '正文 图表', line: finding.line, expected: finding.expected, found: finding.found });
      }
    }
    // The body as written, for an early answer with the exact line; the rendered body is checked
    // again against the same policy while Astro renders it (src/lib/rendered-check.ts).
    for (const finding of hostileFindings(source.body ?? '', { mdx: source.file.endsWith('.mdx'), bodyLine: source.bodyLine })) {
      refProblems.push({ file: source.file, field: '正文', line: finding.line, expected: BODY_POLICY_EXPECTED, found: finding.found });
    }
    if (data.cover && options.coverExists && !options.coverExists(source.file, data.cover as unknown as string)) {
      refProblems.push({
        file: source.file,
        field: 'cover',
        expected: '存在的图片文件（路径相对于这篇文章）',
        found: `“${String(data.cover)}” 找不到`,
        line: line('cover'),
      });
    }
    const owner = slugOwner.get(slug);
    if (owner) {
      refProblems.push({
        file: source.file,
        field: data.slug ? 'slug' : '文件名',
        expected: '全站唯一的 slug（文章网址 /articles/<slug>/）',
        found: `“${slug}” 已被 ${owner} 使用`,
        line: data.slug ? line('slug') : undefined,
      });
    }
    problems.push(...refProblems);
    if (refProblems.length) continue;
    slugOwner.set(slug, source.file);
    articles.push({ file: source.file, slug, data, body: source.body ?? '' });
  }

  const redirectOwner = new Map<string, string>();
  for (const article of articles) {
    for (const old of article.data.redirectFrom) {
      const live = slugOwner.get(old);
      const claimed = redirectOwner.get(old);
      if (live || claimed) {
        problems.push({
          file: article.file,
          field: 'redirectFrom',
          expected: '已不再使用的旧 slug（不能是现有文章的网址，也不能被两篇文章同时声明）',
          found: live ? `“${old}” 是 ${live} 的现行网址` : `“${old}” 已在 ${claimed} 的 redirectFrom 中`,
        });
      } else {
        redirectOwner.set(old, article.file);
      }
    }
  }

  return { problems, content: { articles, channels, authors, categories, tags } };
}

const CHANNEL_TAG = /<Channel\s[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** `<Channel id="…">` mentions in an MDX body, with their 1-based line within the body. */
export function channelMentions(file: string, body: string): { id: string; line: number }[] {
  if (!file.endsWith('.mdx')) return [];
  const found: { id: string; line: number }[] = [];
  for (const match of body.matchAll(CHANNEL_TAG)) {
    const line = body.slice(0, match.index).split('\n').length;
    found.push({ id: match[1] ?? match[2] ?? '', line });
  }
  return found;
}

function slugProblem(file: string, name: string): ContentProblem {
  const suggestion = suggestSlug(name) || 'my-article';
  return {
    file,
    field: 'slug',
    expected: `文件名不是合法的网址片段时，需要在 frontmatter 里写 slug（小写拼音或英文，用连字符分隔）。可以直接复制这一行：slug: ${suggestion}`,
    found: `文件名 “${name}”，没有 slug 字段`,
  };
}
