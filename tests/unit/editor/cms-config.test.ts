// The web editor's generated config against the content schemas themselves: the same fields,
// required exactly where the schema requires them, the schema's enums, and select lists that
// are the registries the build's cross-reference check uses.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../scripts/lib/check.ts';
import { readContent } from '../../../scripts/lib/read-content.ts';
import { parseContentDate } from '../../../src/lib/dates.ts';
import { ALWAYS_ON, RULES } from '../../../src/lib/lint/rules.ts';
import { SLUG_PATTERN } from '../../../src/lib/slug.ts';
import { cmsConfig, registriesFrom } from '../../../src/editor/cms-config.ts';
import { DATE_PATTERN, objectFields, type CmsField } from '../../../src/editor/cms-fields.ts';
import { CMS_SCHEMAS, contentJsonSchema, type CmsCollection } from '../../../src/editor/cms-schema.ts';
import { REFERENCES } from '../../../src/editor/cms-texts.ts';
import { CHANNEL_KINDS } from '../../../src/schema/channel.ts';
import { validateContent } from '../../../src/schema/validate.ts';

const FIXTURE = 'tests/fixtures/site/content';
const registries = registriesFrom(checkContent(FIXTURE).content);
const config = cmsConfig({
  contentFolder: 'content',
  proxyUrl: 'http://127.0.0.1:8081/api/v1',
  siteUrl: 'http://127.0.0.1:4321',
  registries,
});
const fieldsOf = (name: CmsCollection) => config.collections.find((c) => c.name === name)!.fields as CmsField[];

/** The object schema inside optional/default/array wrappers (zod's documented unwrap/element). */
function objectOf(schema: z.ZodType): z.ZodObject | undefined {
  let current: unknown = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap();
    else if (current instanceof z.ZodArray) current = current.element;
    else return current instanceof z.ZodObject ? current : undefined;
  }
}

/** The smallest valid value of each object, by field path ('' is the collection itself). */
const MINIMAL: Record<CmsCollection, Record<string, Record<string, unknown>>> = {
  articles: {
    '': { title: '标题', description: '摘要', pubDate: '2026-01-01', category: 'alpha', author: 'ed' },
    faq: { q: '问题', a: '回答' },
    sources: { title: '来源', url: 'https://www.pbc.gov.cn/' },
    lint: {},
  },
  channels: { '': { name: '渠道', kind: 'bank', url: 'https://bank.example.com/', description: '说明', verifiedAt: '2026-01-01' } },
  authors: { '': { name: '名字', bio: '简介' } },
};

/** Every object in a collection's form, with its field path, schema and form fields. */
function objects(collection: CmsCollection) {
  const found: { path: string; schema: z.ZodObject; fields: CmsField[] }[] = [];
  const visit = (path: string, schema: z.ZodObject, fields: CmsField[]) => {
    found.push({ path, schema, fields });
    for (const [name, child] of Object.entries(schema.shape)) {
      const inner = objectOf(child as z.ZodType);
      const field = fields.find((f) => f.name === name);
      if (inner && field?.fields) visit(path ? `${path}.${name}` : name, inner, field.fields);
    }
  };
  visit('', CMS_SCHEMAS[collection], fieldsOf(collection));
  return found;
}

const COLLECTIONS = ['articles', 'channels', 'authors'] as const;

describe.each(COLLECTIONS)('the %s form', (collection) => {
  it('has a field for every schema field and no other (an article also has its body)', () => {
    for (const { path, schema, fields } of objects(collection)) {
      const extra = collection === 'articles' && path === '' ? ['body'] : [];
      expect(fields.map((f) => f.name).sort(), path || collection).toEqual([...Object.keys(schema.shape), ...extra].sort());
    }
  });

  it('requires exactly the fields the schema cannot do without', () => {
    for (const { path, schema, fields } of objects(collection)) {
      const minimal = MINIMAL[collection][path]!;
      expect(schema.safeParse(minimal).success, `${collection} ${path}: the minimal sample is valid`).toBe(true);
      for (const name of Object.keys(minimal)) {
        const { [name]: _, ...without } = minimal;
        expect(schema.safeParse(without).success, `${path}.${name} is needed`).toBe(false);
      }
      const required = fields.filter((f) => f.required !== false && f.name !== 'body').map((f) => f.name);
      expect(required.sort(), path || collection).toEqual(Object.keys(minimal).sort());
    }
  });

  it('offers the registry ids the build checks references against', () => {
    const byPath = new Map(
      objects(collection).flatMap(({ path, fields }) => fields.map((f) => [path ? `${path}.${f.name}` : f.name, f] as const)),
    );
    for (const [path, registry] of Object.entries(REFERENCES[collection])) {
      const field = byPath.get(path)!;
      expect(field.widget, path).toBe('select');
      const values = field.options!.map((o) => o.value);
      if (registry === 'lintRules') {
        expect(values.sort()).toEqual(
          Object.keys(RULES)
            .filter((id) => !ALWAYS_ON.includes(id as never))
            .sort(),
        );
      } else {
        expect(values, path).toEqual(registries[registry].map((o) => o.value));
        expect(values.length, path).toBeGreaterThan(0);
      }
    }
  });
});

describe('references', () => {
  const sources = readContent(FIXTURE);
  const hello = sources.articles.find((a) => a.file.endsWith('/hello-world.md'))!;

  // Which id fields the build cross-checks is validate.ts's business; the form must agree with it,
  // both ways: a reference is a select list, any other id (slug, redirectFrom) is typed.
  const properties = contentJsonSchema(CMS_SCHEMAS.articles).properties!;
  const idFields = Object.keys(properties).filter((name) => (properties[name]!.items ?? properties[name]!).pattern === SLUG_PATTERN.source);

  it.each(idFields)('%s is a select list exactly when the build rejects an unknown id in it', (field) => {
    const data = { ...(hello.data as Record<string, unknown>) };
    data[field] = properties[field]!.type === 'array' ? ['no-such-id'] : 'no-such-id';
    const { problems } = validateContent({ ...sources, articles: [{ ...hello, data }] });
    const rejected = problems.some((p) => p.field === field || p.field.startsWith(`${field} `));
    expect(rejected, field).toBe(field in REFERENCES.articles);
    expect(fieldsOf('articles').find((f) => f.name === field)!.widget === 'select', field).toBe(rejected);
  });

  it('covers every id field of an article', () => {
    expect(idFields.sort()).toEqual(['author', 'category', 'channels', 'redirectFrom', 'reviewedBy', 'slug', 'tags']);
  });

  it('is a select multiple where the schema holds a list, limited as the schema limits it', () => {
    const fields = fieldsOf('articles');
    expect(fields.find((f) => f.name === 'tags')).toMatchObject({ widget: 'select', multiple: true, max: 8 });
    expect(fields.find((f) => f.name === 'channels')).toMatchObject({ widget: 'select', multiple: true });
    expect(fields.find((f) => f.name === 'category')?.multiple).toBeUndefined();
  });
});

describe('enums and formats', () => {
  it("offers a channel's kinds, each valid, with the site's names for them", () => {
    const kind = fieldsOf('channels').find((f) => f.name === 'kind')!;
    expect(kind.options!.map((o) => o.value)).toEqual([...CHANNEL_KINDS]);
    expect(kind.options!.find((o) => o.value === 'agent')!.label).toBe('第三方代理商（非官方）（agent）');
    for (const { value } of kind.options!)
      expect(CMS_SCHEMAS.channels.safeParse({ ...MINIMAL.channels[''], kind: value }).success).toBe(true);
  });

  it('checks dates as the build reads them, except zone-less times, which its YAML writer would leave unquoted', () => {
    const date = new RegExp(DATE_PATTERN[0]);
    for (const ok of ['2026-11-01', '2026-11-01T09:30+08:00', '2026-11-01T09:30:00Z']) {
      expect(date.test(ok), ok).toBe(true);
      expect(parseContentDate(ok), ok).not.toBeNull();
    }
    for (const bad of ['2026-11-01 09:30', '2026/11/01', '20261101']) expect(date.test(bad), bad).toBe(false);
    for (const name of ['pubDate', 'updatedDate']) expect(fieldsOf('articles').find((f) => f.name === name)!.pattern).toEqual(DATE_PATTERN);
  });

  it('uses the slug pattern for ids and limits texts to the schema’s lengths', () => {
    const fields = fieldsOf('articles');
    expect(fields.find((f) => f.name === 'slug')!.pattern![0]).toBe(SLUG_PATTERN.source);
    const title = new RegExp(fields.find((f) => f.name === 'title')!.pattern![0]);
    expect(title.test('字'.repeat(60))).toBe(true);
    expect(title.test('字'.repeat(61))).toBe(false);
    expect(CMS_SCHEMAS.articles.safeParse({ ...MINIMAL.articles[''], title: '字'.repeat(61) }).success).toBe(false);
  });

  it('starts a new article as a draft, as ./site new does, and other switches at the schema default', () => {
    const fields = fieldsOf('articles');
    expect(fields.find((f) => f.name === 'draft')!.default).toBe(true);
    expect(fields.find((f) => f.name === 'noindex')!.default).toBe(false);
    expect(fieldsOf('channels').find((f) => f.name === 'sponsored')!.default).toBe(false);
  });
});

describe('the generator', () => {
  const context = {
    collection: 'test',
    texts: { a: { label: 'A' } },
    references: {},
    registries: { categories: [], tags: [], authors: [], channels: [], lintRules: [] },
  };

  it('stops on a schema field it has no words for, naming it', () => {
    expect(() => objectFields(contentJsonSchema(z.strictObject({ a: z.string(), b: z.string() })), context)).toThrow(/缺少字段 b 的说明/);
  });

  it('stops on a kind of field it cannot present', () => {
    expect(() => objectFields(contentJsonSchema(z.strictObject({ a: z.number() })), context)).toThrow(/不知道怎样编辑 test 的字段 a/);
  });

  it('writes files where decap-server, serving the content folder’s parent, finds them', () => {
    expect(config.collections.map((c) => c.folder)).toEqual(['content/articles', 'content/channels', 'content/authors']);
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' });
    expect(config.locale).toBe('zh_Hans');
  });
});
