import { describe, expect, it } from 'vitest';
import { parseConfigPlan, serializeConfigPlan, type ConfigPlan } from '../../src/lib/config-plan.ts';

describe('the plan scripts/build.ts hands to astro.config.ts', () => {
  it('reads back exactly what was written: sitemap dates, left-out URLs and the link policy', () => {
    const plan: ConfigPlan = {
      sitemap: {
        exclude: new Set(['/search/', '/articles/old-slug/']),
        lastmod: new Map([
          ['/', new Date('2026-11-20T08:00:00+08:00')],
          ['/articles/pos-ji-huo/', new Date('2026-03-01T00:00:00+08:00')],
        ]),
      },
      links: {
        channelHosts: new Map([
          ['lakala.com', false],
          ['partner.example.cn', true],
        ]),
        sourceHosts: new Set(['pbc.gov.cn']),
        siteHost: 'pos.example.com',
      },
    };
    const back = parseConfigPlan(serializeConfigPlan(plan));
    expect(back).toEqual(plan);
    expect(back.sitemap.lastmod.get('/')).toBeInstanceOf(Date);
  });
});
