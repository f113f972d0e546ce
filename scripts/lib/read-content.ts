// Reads the editors' files from disk into the shape src/schema/validate.ts checks. The YAML
// parser is js-yaml, the one Astro uses for frontmatter, but without YAML's timestamp type:
// that type turns an unquoted impossible date (2026-13-45) into a rolled-over real one
// (2027-02-14), which would schedule the article silently. Dates reach the schema as the text
// the editor wrote, and src/lib/dates.ts accepts only real calendar dates and times; the valid
// ones mean the same moment as Astro's Date values (see parseContentDate).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as yaml from 'js-yaml';
import type { ContentProblem } from '../../src/schema/errors.ts';
import type { ContentSources, SourceFile } from '../../src/schema/validate.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
// An unquoted time without a zone: js-yaml would read it as UTC, eight hours off Beijing time.
const ZONELESS_TIME = /^(\s*-?\s*)([A-Za-z]+):\s*(\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?)\s*$/;

function topLevelLines(text: string, offset = 0): Record<string, number> {
  const lines: Record<string, number> = {};
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /^([A-Za-z_][\w-]*)\s*:/.exec(line);
    if (match && !(match[1]! in lines)) lines[match[1]!] = index + 1 + offset;
  });
  return lines;
}

function parseYaml(file: string, text: string, lineOffset: number): Pick<SourceFile, 'data' | 'readProblems'> {
  const readProblems: ContentProblem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const m = ZONELESS_TIME.exec(line);
    if (m) {
      readProblems.push({
        file,
        field: m[2]!,
        line: index + 1 + lineOffset,
        expected: `日期 ${m[3]!.slice(0, 10)}，或加引号的北京时间 '${m[3]}'，或带时区的时间 ${m[3]!.replace(' ', 'T')}+08:00`,
        found: `不带时区也没加引号的时间 ${m[3]}（YAML 会按 UTC 读取，与北京时间差 8 小时）`,
      });
    }
  });
  try {
    const data = yaml.load(text, { filename: file, schema: yaml.CORE_SCHEMA });
    return { data, readProblems };
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number; column: number; snippet?: string } };
    readProblems.push({
      file,
      field: '（YAML 格式）',
      line: e.mark ? e.mark.line + 1 + lineOffset : undefined,
      expected: '合法的 YAML：每行 “字段: 值”，冒号后有空格，列表项以 “- ” 开头，含冒号的文字加引号',
      found: `${e.reason ?? String(error)}${e.mark?.snippet ? `\n${e.mark.snippet.replace(/^/gm, '      ')}` : ''}`,
    });
    return { data: undefined, readProblems };
  }
}

export function readArticleFile(absPath: string, file: string): SourceFile {
  const raw = readFileSync(absPath, 'utf8');
  const match = FRONTMATTER.exec(raw);
  if (!match) {
    return {
      file,
      data: undefined,
      body: raw,
      readProblems: [
        {
          file,
          field: '（frontmatter）',
          line: 1,
          expected: '文件以 --- 开头的一段 frontmatter（title、description、pubDate 等），再以 --- 结束',
          found: raw.trim() ? `第一行是 “${raw.split(/\r?\n/)[0]!.slice(0, 40)}”` : '空文件',
        },
      ],
    };
  }
  const parsed = parseYaml(file, match[1]!, 1);
  return {
    file,
    ...parsed,
    lines: topLevelLines(match[1]!, 1),
    body: raw.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

export function readYamlFile(absPath: string, file: string): SourceFile {
  const raw = readFileSync(absPath, 'utf8');
  return { file, ...parseYaml(file, raw, 0), lines: topLevelLines(raw) };
}

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** `contentDir` is the folder holding articles/, channels/, authors/ and taxonomy/. */
export function readContent(contentDir: string, projectRoot = process.cwd()): ContentSources {
  const root = resolve(contentDir);
  const label = (abs: string) => relative(projectRoot, abs).split('\\').join('/');
  const yamlIn = (sub: string) => listFiles(join(root, sub), /\.ya?ml$/i).map((abs) => readYamlFile(abs, label(abs)));
  const optionalYaml = (sub: string) => {
    const abs = join(root, sub);
    return existsSync(abs) ? readYamlFile(abs, label(abs)) : undefined;
  };
  return {
    root,
    articles: listFiles(join(root, 'articles'), /\.mdx?$/i).map((abs) => readArticleFile(abs, label(abs))),
    channels: yamlIn('channels'),
    authors: yamlIn('authors'),
    categories: optionalYaml('taxonomy/categories.yaml'),
    tags: optionalYaml('taxonomy/tags.yaml'),
  };
}

export function coverExistsFrom(projectRoot: string) {
  return (articleFile: string, cover: string) => existsSync(resolve(projectRoot, dirname(articleFile), cover));
}
