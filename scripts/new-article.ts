// `npm run new -- "文章标题" [--category id]`: writes content/articles/<pinyin-slug>.md as a
// draft with the whole frontmatter template, prints its path, and never overwrites a file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildInputsOrExit } from '../src/build-inputs.ts';
import { SITE } from '../src/config.ts';
import { toYmd } from '../src/lib/dates.ts';
import { titleLengthMessage } from '../src/lib/lint/meta.ts';
import { articleTemplate } from '../src/lib/scaffold.ts';
import { suggestSlug } from '../src/lib/slug.ts';
import { checkContent } from './lib/check.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { category: { type: 'string' } } });
const title = positionals.join(' ').trim();
if (!title) fail('用法：npm run new -- "文章标题" [--category 分类id]');
if ([...title].length > 60) fail(`标题最多 60 个字符，现在是 ${[...title].length} 个：“${title}”`);

const { contentDir } = buildInputsOrExit();
const { content } = checkContent(contentDir);
const categories = [...content.categories.keys()];
const authors = [...content.authors.keys()];
if (!categories.length)
  fail('content/taxonomy/categories.yaml 里还没有分类（或文件有错误，请先运行 npm run check:content），无法填写 category');
if (!authors.length) fail('content/authors/ 里还没有作者（或文件有错误，请先运行 npm run check:content），无法填写 author');
if (values.category !== undefined && !content.categories.has(values.category)) {
  fail(`没有 id 为 “${values.category}” 的分类。可选：${categories.join('、')}`);
}

const slug = suggestSlug(title);
if (!slug) fail(`无法从标题 “${title}” 生成网址：请在标题里用汉字、字母或数字`);
const file = join(contentDir, 'articles', `${slug}.md`);
const label = relative(process.cwd(), file).split('\\').join('/');
if (existsSync(file) || existsSync(file.replace(/\.md$/, '.mdx'))) fail(`${label} 已存在，没有覆盖。请换一个标题，或直接编辑这个文件`);
const taken = content.articles.find((a) => a.slug === slug || a.data.redirectFrom.includes(slug));
if (taken) fail(`网址 /articles/${slug}/ 已被 ${taken.file} 使用，没有新建。请换一个标题`);

mkdirSync(join(contentDir, 'articles'), { recursive: true });
writeFileSync(
  file,
  articleTemplate({
    title,
    date: toYmd(new Date()),
    category: values.category ?? categories[0]!,
    categories,
    author: authors[0]!,
    authors,
    tags: [...content.tags.keys()],
    channels: [...content.channels.keys()],
  }),
  { flag: 'wx' },
);
console.log(label);
const width = titleLengthMessage(title, SITE.name);
if (width) console.error(`提醒：${width}`);
if (values.category === undefined) console.error(`提醒：没有指定 --category，暂时填了 “${categories[0]}”，请按需修改。`);
console.error('下一步：把文中的“待填写”换成正文，核对后把 draft 改为 false。写完可以运行 npm run lint:content 检查。');
