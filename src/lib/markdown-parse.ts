// The one Markdown parser behind every check of a body (the linter, the link extractor, the
// hostile-content check, figure props): remark with GFM (tables, autolinks, strikethrough) as
// the renderer (Sätteri, src/lib/markdown.ts) has them, and MDX syntax for .mdx files, so what is
// checked is parsed as what is rendered. Throws on MDX that does not parse, as the MDX compiler does.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

export function parseMarkdown(body: string, mdx: boolean): Root {
  return (mdx ? mdxParser : markdownParser).parse(body);
}
