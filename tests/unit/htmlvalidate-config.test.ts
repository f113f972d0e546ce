// The project's html-validate configuration allows what HTML allows and nothing looser: heading
// ids made from Chinese headings may start with a digit or a Han character, but an id is never
// empty and never holds white space.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const ids = async (id: string) => {
  const report = await validator.validateString(
    `<!DOCTYPE html><html lang="zh-CN"><head><title>t</title></head><body><main><h2 id="${id}">标题</h2></main></body></html>`,
    'tests/unit/page.html',
  );
  return report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
};

describe('.htmlvalidate.json', () => {
  it('accepts ids HTML accepts', async () => {
    for (const id of ['259号文', '一清和二清', 'faq-heading', '_x']) expect(await ids(id), id).toEqual([]);
  });
  it('still rejects ids HTML rejects', async () => {
    expect(await ids('有 空格')).toContain('valid-id');
    expect(await ids('')).toContain('valid-id');
  });
});
