// Figures in MDX bodies are checked with the rest of the content, before Astro starts: a prop
// that is missing, of the wrong shape, or not written out literally is reported with its file
// and line, like any frontmatter field (the component checks again while rendering).
import { parseMarkdown } from './markdown-parse.ts';
import { visit } from 'unist-util-visit';
import { barsProps, EXPECTED, flowProps, timelineProps } from './figures.ts';

export const FIGURE_COMPONENTS = { Flow: flowProps, Timeline: timelineProps, Bars: barsProps } as const;
export type FigureName = keyof typeof FIGURE_COMPONENTS;

const NOT_LITERAL = Symbol('not a literal');

/** The value of a literal expression (strings, numbers, booleans, arrays of them), else NOT_LITERAL. */
function literal(node: any): unknown {
  switch (node?.type) {
    case 'Literal':
      return node.value;
    case 'UnaryExpression': {
      const value = literal(node.argument);
      return node.operator === '-' && typeof value === 'number' ? -value : NOT_LITERAL;
    }
    case 'ArrayExpression': {
      const values = node.elements.map(literal);
      return values.includes(NOT_LITERAL) ? NOT_LITERAL : values;
    }
    default:
      return NOT_LITERAL;
  }
}

/**
 * The props of an MDX JSX element (mdast `mdxJsxFlowElement`) as plain data: a bare attribute
 * is `true`, `{…}` is read as a literal (no code runs), anything else is reported by name.
 */
export function jsxProps(node: { attributes?: any[] }): { props: Record<string, unknown>; notLiteral: string[] } {
  const props: Record<string, unknown> = {};
  const notLiteral: string[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      notLiteral.push('{...}');
      continue;
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else {
      const parsed = literal(value.data?.estree?.body?.[0]?.expression);
      if (parsed === NOT_LITERAL) notLiteral.push(name);
      else props[name] = parsed;
    }
  }
  return { props, notLiteral };
}

/** What is wrong with one figure element, in an editor's words, or undefined. */
export function figureProblem(name: FigureName, node: { attributes?: any[] }): { expected: string; found: string } | undefined {
  const { props, notLiteral } = jsxProps(node);
  const expected = `<${name} ${EXPECTED[name]} />`;
  if (notLiteral.length) return { expected, found: `参数 ${notLiteral.join('、')} 不是直接写出的文字、数字或列表` };
  const result = FIGURE_COMPONENTS[name].safeParse(props);
  if (result.success) return undefined;
  const where = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '(整体)')))];
  return { expected, found: `参数 ${where.join('、')} 缺少或格式不对` };
}

const FIGURE_TAG = /<(?:Flow|Timeline|Bars)\b/;

/** Problems with the figures of one MDX body; `bodyLine` is the body's first line in the file. */
export function figureFindings(body: string, bodyLine = 1): { line: number; expected: string; found: string }[] {
  if (!FIGURE_TAG.test(body)) return [];
  let tree;
  try {
    tree = parseMarkdown(body, true);
  } catch {
    return []; // MDX syntax errors are reported by the MDX compiler itself, with their position.
  }
  const out: { line: number; expected: string; found: string }[] = [];
  visit(tree, (node: any) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name in FIGURE_COMPONENTS) {
      const problem = figureProblem(node.name as FigureName, node);
      if (problem) out.push({ line: (node.position?.start.line ?? 1) + bodyLine - 1, ...problem });
    }
  });
  return out;
}
