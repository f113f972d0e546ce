// A rebuild keeps Astro's content cache. Article bodies rendered in an earlier build must not
// outlive a change to the link policy they were rendered with.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { build, page, scratch } from '../helpers/fixture.ts';

const s = scratch('rebuild');

function bankLink() {
  const link = parse(page(s, '/articles/hello-world/')).querySelectorAll('article a').find((a) => a.text === '银行');
  if (!link) throw new Error('the fixture article links to the bank in its body');
  return { rel: link.getAttribute('rel'), next: link.nextElementSibling?.classList.contains('ad-label') ? link.nextElementSibling.text : undefined };
}

describe('a warm rebuild', () => {
  it('labels body links to a channel that became sponsored since the last build', () => {
    expect(build(s).status).toBe(0);
    expect(bankLink()).toEqual({ rel: 'noopener', next: undefined });

    const file = join(s.content, 'channels/good-bank.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}sponsored: true\n`);
    expect(build(s).status).toBe(0);
    expect(bankLink()).toEqual({ rel: 'sponsored nofollow noopener', next: '广告' });
  });
});
