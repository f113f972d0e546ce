// The web editor's whole configuration (Decap CMS config.yml), generated from the content
// schemas and the registries every time the editor loads it: a new field in src/schema/ or a
// new category shows up in the form after a reload, and nothing is written down twice.
import { ALWAYS_ON, RULES, type RuleId } from '../lib/lint/rules.ts';
import type { ValidContent } from '../schema/validate.ts';
import { objectFields, type CmsField, type SelectOption } from './cms-fields.ts';
import { CMS_SCHEMAS, contentJsonSchema, type CmsCollection } from './cms-schema.ts';
import { ENUM_LABELS, FIELD_TEXTS, NEW_ENTRY_DEFAULTS, REFERENCES, type RegistryName } from './cms-texts.ts';

export type Registries = Record<Exclude<RegistryName, 'lintRules'>, SelectOption[]>;

export interface CmsConfigOptions {
  /** The content folder as decap-server sees it: relative to its repository folder, with `/`. */
  contentFolder: string;
  /** decap-server's API, e.g. http://127.0.0.1:8081/api/v1 */
  proxyUrl: string;
  /** The dev server's address, for the editor's preview links. */
  siteUrl: string;
  registries: Registries;
}

const option = (id: string, name: string): SelectOption => ({ value: id, label: `${name}（${id}）` });

/** Select lists from the validated registries (an id that failed validation is not offered). */
export function registriesFrom(content: ValidContent): Registries {
  const list = (map: ReadonlyMap<string, { name: string }>) => [...map].map(([id, item]) => option(id, item.name));
  return {
    categories: list(content.categories),
    tags: list(content.tags),
    authors: list(content.authors),
    channels: list(content.channels),
  };
}

/** Rules a file may switch off (the linter refuses the others). */
function lintRuleOptions(): SelectOption[] {
  return (Object.keys(RULES) as RuleId[])
    .filter((id) => !ALWAYS_ON.includes(id))
    .map((id) => ({ value: id, label: `${id}：${RULES[id].summary}` }));
}

export function collectionFields(collection: CmsCollection, registries: Registries): CmsField[] {
  return objectFields(contentJsonSchema(CMS_SCHEMAS[collection]), {
    collection,
    texts: FIELD_TEXTS[collection],
    references: REFERENCES[collection],
    registries: { ...registries, lintRules: lintRuleOptions() },
    enumLabels: ENUM_LABELS[collection],
    defaults: NEW_ENTRY_DEFAULTS[collection],
  });
}

/** The schema adds `cover` last (it is made per build); the form shows it beside its description. */
function coverBesideAlt(fields: CmsField[]): CmsField[] {
  const cover = fields.find((f) => f.name === 'cover');
  if (!cover) return fields;
  const rest = fields.filter((f) => f !== cover);
  const at = rest.findIndex((f) => f.name === 'coverAlt');
  return at < 0 ? fields : [...rest.slice(0, at), cover, ...rest.slice(at)];
}

const BODY: CmsField = {
  name: 'body',
  label: '正文',
  widget: 'markdown',
  // The raw Markdown editor keeps the text exactly as written; the rich-text mode rewrites
  // Markdown it did not produce (tables, lists, escapes).
  modes: ['raw'],
  hint: '用 ## 和 ### 写小标题，不要用 #。第一段直接回答标题里的问题。',
};

export function cmsConfig(options: CmsConfigOptions) {
  const folder = (sub: string) => `${options.contentFolder}/${sub}`;
  return {
    // decap-server's file-system mode writes straight into content/: no account, no Git host.
    backend: { name: 'proxy', proxy_url: options.proxyUrl },
    locale: 'zh_Hans',
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    // Images beside the articles, referenced relative to them (as the contract says of covers).
    media_folder: folder('articles/images'),
    public_folder: './images',
    // File names become URLs: ASCII only; the browser script fills an empty slug with pinyin.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'articles',
        label: '文章',
        label_singular: '文章',
        description: '.mdx 文章（含 <Channel> 或图表）请在文本编辑器里修改。',
        folder: folder('articles'),
        extension: 'md',
        format: 'frontmatter',
        create: true,
        identifier_field: 'title',
        slug: '{{fields.slug}}',
        // Drafts marked in the list: they are not on the site, not even in the dev preview.
        summary: "{{title}}{{draft | ternary('（草稿）', '')}}",
        sortable_fields: ['pubDate', 'title'],
        preview_path: 'articles/{{slug}}/',
        fields: [...coverBesideAlt(collectionFields('articles', options.registries)), BODY],
      },
      ...(['channels', 'authors'] as const).map((name) => ({
        name,
        label: name === 'channels' ? '申请渠道' : '作者',
        // The id is the file name, which the editor cannot derive from a Chinese name: new ones
        // are made as files (docs/编辑指南.md, 七).
        description: '新增请在 content/ 里新建文件，见编辑指南第七节。',
        folder: folder(name),
        extension: 'yaml',
        format: 'yaml',
        create: false,
        identifier_field: 'name',
        summary: '{{name}}（{{slug}}）',
        fields: collectionFields(name, options.registries),
      })),
    ],
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;
