// Turns one content schema (as JSON Schema, cms-schema.ts) into Decap CMS fields: a widget per
// field, `required: false` exactly where the schema lets the field be left out, select lists for
// enums and registry references, and the schema's patterns and lengths as the form's own checks
// (the build still checks everything; the form only catches mistakes before saving).
import type { ContentFormat, JsonNode } from './cms-schema.ts';
import type { FieldText, RegistryName } from './cms-texts.ts';

export interface SelectOption {
  label: string;
  value: string;
}

/** The subset of Decap CMS's field options this site uses (https://decapcms.org/docs/widgets/). */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'boolean' | 'select' | 'list' | 'object' | 'image' | 'markdown';
  required?: false;
  hint?: string;
  pattern?: [string, string];
  default?: unknown;
  options?: SelectOption[];
  multiple?: boolean;
  max?: number;
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  choose_url?: boolean;
  modes?: string[];
}

export interface FieldContext {
  /** Names the collection in error messages. */
  collection: string;
  texts: Record<string, FieldText>;
  references: Record<string, RegistryName>;
  registries: Record<RegistryName, SelectOption[]>;
  enumLabels?: Record<string, Record<string, string>>;
  defaults?: Record<string, unknown>;
}

// Dates as src/lib/dates.ts reads them, except a zone-less time: the editor's YAML writer leaves
// it unquoted, which the build rejects (it would be read as UTC), so the form asks for a zone.
export const DATE_PATTERN: [string, string] = [
  '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2}))?$',
  '写成 2026-11-01；带时间时写成 2026-11-01T09:30+08:00',
];
const FORMAT_PATTERNS: Partial<Record<ContentFormat, [string, string]>> = {
  'content-date': DATE_PATTERN,
  'web-url': ['^https?://\\S+$', '以 https:// 或 http:// 开头的完整网址'],
  'https-url': ['^https://\\S+$', '以 https:// 开头的完整网址'],
};
const ID_MESSAGE = '小写英文字母、数字和连字符，例如 pos-fei-lv';
/** Longer texts get a text area instead of a one-line input. */
const TEXT_AREA_FROM = 200;

function hintOf(text: FieldText, node: JsonNode): string | undefined {
  const parts = [text.hint];
  if (node.maxLength !== undefined && !node.pattern) parts.push(`最多 ${node.maxLength} 个字符。`);
  if (node.maxItems !== undefined) parts.push(`最多 ${node.maxItems} 项。`);
  const hint = parts.filter(Boolean).join('');
  return hint || undefined;
}

function stringWidget(node: JsonNode): Pick<CmsField, 'widget' | 'pattern'> {
  const byFormat = node.format ? FORMAT_PATTERNS[node.format as ContentFormat] : undefined;
  if (byFormat) return { widget: 'string', pattern: byFormat };
  if (node.pattern) return { widget: 'string', pattern: [node.pattern, ID_MESSAGE] };
  const widget = (node.maxLength ?? 0) >= TEXT_AREA_FROM ? 'text' : 'string';
  return node.maxLength === undefined
    ? { widget }
    : { widget, pattern: [`^[\\s\\S]{0,${node.maxLength}}$`, `最多 ${node.maxLength} 个字符`] };
}

function field(name: string, path: string, node: JsonNode, required: boolean, ctx: FieldContext): CmsField {
  const text = ctx.texts[path];
  if (!text) throw new Error(`网页编辑器的 ${ctx.collection} 缺少字段 ${path} 的说明：请在 src/editor/cms-texts.ts 里补上`);
  const base: CmsField = { name, label: text.label, widget: 'string', ...(required ? {} : { required: false }) };
  const hint = hintOf(text, node);
  if (hint) base.hint = hint;
  const registry = ctx.references[path];

  if (registry) {
    const options = ctx.registries[registry];
    return node.type === 'array'
      ? { ...base, widget: 'select', multiple: true, options, ...(node.maxItems === undefined ? {} : { max: node.maxItems }) }
      : { ...base, widget: 'select', options };
  }
  if (node.format === 'image') return { ...base, widget: 'image', choose_url: false };
  if (node.format || node.type === 'string') {
    if (node.enum) {
      const labels = ctx.enumLabels?.[path] ?? {};
      const options = node.enum.map(String).map((value) => ({ value, label: labels[value] ? `${labels[value]}（${value}）` : value }));
      return { ...base, widget: 'select', options };
    }
    return { ...base, ...stringWidget(node) };
  }
  if (node.type === 'boolean') {
    const fallback = ctx.defaults?.[path] ?? node.default;
    return { ...base, widget: 'boolean', ...(fallback === undefined ? {} : { default: fallback }) };
  }
  if (node.type === 'object') {
    return { ...base, widget: 'object', collapsed: true, fields: objectFields(node, ctx, `${path}.`) };
  }
  if (node.type === 'array' && node.items) {
    const max = node.maxItems === undefined ? {} : { max: node.maxItems };
    if (node.items.type === 'object') {
      const fields = objectFields(node.items, ctx, `${path}.`);
      return { ...base, widget: 'list', collapsed: true, summary: `{{fields.${fields[0]!.name}}}`, fields, ...max };
    }
    if (node.items.type === 'string') {
      return { ...base, widget: 'list', field: { name: 'item', label: text.label, ...stringWidget(node.items) }, ...max };
    }
  }
  throw new Error(`网页编辑器不知道怎样编辑 ${ctx.collection} 的字段 ${path}：${JSON.stringify(node)}`);
}

/** Every property of an object schema, in the schema's order. */
export function objectFields(node: JsonNode, ctx: FieldContext, prefix = ''): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) => field(name, `${prefix}${name}`, child, required.has(name), ctx));
}
