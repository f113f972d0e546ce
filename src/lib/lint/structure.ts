// Structure rules over the Markdown tree: "no-h1" (the layout prints the only h1),
// "heading-skip", "empty-section", "image-alt", "link-text" (empty or “点击这里”).
import type { Nodes, Root, RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { quote } from './text.ts';
import type { Severity } from './types.ts';

/** A finding at a parser position: 1-based line and column within the body. */
export interface NodeHit {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  message: string;
}

const GENERIC_LINK_TEXT = new Set([
  '点击这里',
  '点这里',
  '点击此处',
  '点此',
  '点此处',
  '这里',
  '此处',
  '点击',
  '戳这里',
  '点我',
  '链接',
  '这个链接',
  '此链接',
  '更多',
  '查看更多',
  '了解更多',
  '详情',
  '查看详情',
  'clickhere',
  'here',
  'link',
  'more',
]);

function at(node: Nodes): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function each(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) each(child, visit);
}

const hashes = (depth: number) => '#'.repeat(depth);

// Invisible in the page, so they neither fill a section nor end it.
const invisible = (node: RootContent) => node.type === 'definition' || (node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value));

export function checkHeadings(tree: Root): NodeHit[] {
  const hits: NodeHit[] = [];
  let previous = 1;
  each(tree, (node) => {
    if (node.type !== 'heading') return;
    const text = textOf(node);
    if (node.depth === 1) {
      hits.push({
        rule: 'no-h1',
        severity: 'error',
        ...at(node),
        message: `正文里有一级标题 ${quote(`# ${text}`)}。页面的一级标题由 title 生成，一页只能有一个；正文请从二级标题开始，改成 ${quote(`## ${text}`)}`,
      });
    } else if (node.depth > previous + 1) {
      hits.push({
        rule: 'heading-skip',
        severity: 'warning',
        ...at(node),
        message: `标题层级跳级：${quote(`${hashes(node.depth)} ${text}`)} 是 ${node.depth} 级标题，但它前面是 ${previous} 级${previous === 1 ? '（页面标题）' : ''}。请改成 ${hashes(previous + 1)}，不要跳过中间的层级`,
      });
    }
    previous = node.depth;
  });
  const children = tree.children.filter((c) => !invisible(c));
  children.forEach((node, i) => {
    if (node.type !== 'heading') return;
    const next = children[i + 1];
    if (next && !(next.type === 'heading' && next.depth <= node.depth)) return;
    hits.push({
      rule: 'empty-section',
      severity: 'warning',
      ...at(node),
      message: `小节 ${quote(`${hashes(node.depth)} ${textOf(node)}`)} 下面没有内容。请补上正文，或删除这个标题`,
    });
  });
  return hits;
}

function jsxAttr(node: Nodes, name: string): string | undefined | null {
  const attrs = (node as { attributes?: { type: string; name?: string; value?: unknown }[] }).attributes ?? [];
  const attr = attrs.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return undefined;
  return typeof attr.value === 'string' ? attr.value : null;
}

export function checkImages(tree: Root): NodeHit[] {
  const hits: NodeHit[] = [];
  const missing = (node: Nodes, shown: string) =>
    hits.push({
      rule: 'image-alt',
      severity: 'error',
      ...at(node),
      message: `图片没有替代文字（alt）：${quote(shown, 60)}。看不到图片的读者和搜索引擎只能读到这段文字，请写一句说明图片内容的话，如 ![拉卡拉POS机背面的序列号位置](…)`,
    });
  each(tree, (node) => {
    if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
      missing(node, node.type === 'image' ? `![](${node.url})` : `![][${node.identifier}]`);
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'img' || node.name === 'Image')) {
      // An expression (alt={x}) cannot be checked here; only a missing or empty string is flagged.
      const alt = jsxAttr(node, 'alt');
      if (alt === undefined || (typeof alt === 'string' && !alt.trim())) missing(node, `<${node.name} …>`);
    } else if (node.type === 'html') {
      for (const m of node.value.matchAll(/<img\b[^>]*>/gi)) {
        if (!/\balt\s*=\s*("[^"]*\S[^"]*"|'[^']*\S[^']*')/i.test(m[0])) missing(node, m[0]);
      }
    }
  });
  return hits;
}

export function isGenericLinkText(text: string): boolean {
  return GENERIC_LINK_TEXT.has(text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, ''));
}

export function checkLinkTexts(tree: Root): NodeHit[] {
  const hits: NodeHit[] = [];
  each(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'linkReference') return;
    const text = textOf(node, { includeImageAlt: true }).trim();
    const target = node.type === 'link' ? node.url : `[${node.identifier}]`;
    if (!text) {
      hits.push({
        rule: 'link-text',
        severity: 'error',
        ...at(node),
        message: `链接没有文字（指向 ${target}）。读者看不见、读屏软件也读不出这个链接，请在方括号里写上链接去处，如 [POS机费率怎么看](…)`,
      });
    } else if (isGenericLinkText(text)) {
      hits.push({
        rule: 'link-text',
        severity: 'warning',
        ...at(node),
        message: `链接文字 ${quote(text)} 没有说明链接去处（指向 ${target}）。请改成目标文章或页面的名称，如 [POS机退机与押金](…)`,
      });
    }
  });
  return hits;
}

export function checkStructure(tree: Root): NodeHit[] {
  return [...checkHeadings(tree), ...checkImages(tree), ...checkLinkTexts(tree)].sort((a, b) => a.line - b.line || a.column - b.column);
}
