import { describe, expect, it } from 'vitest';
import { filingLinks } from '../../src/lib/filing.ts';
import { productionWarnings } from '../../src/lib/production-checks.ts';

describe('filingLinks', () => {
  it('is empty without numbers', () => expect(filingLinks({ icp: ' ', gongan: '', gonganBadge: '' })).toEqual({}));
  it('links the ICP number to the MIIT system and the 公安备案 number to its own search', () => {
    expect(filingLinks({ icp: '沪ICP备2026000001号', gongan: '沪公网安备 31010402000001号', gonganBadge: '/badge.png' })).toEqual({
      icp: { text: '沪ICP备2026000001号', href: 'https://beian.miit.gov.cn/' },
      gongan: {
        text: '沪公网安备 31010402000001号',
        href: 'https://beian.mps.gov.cn/#/query/webSearch?code=31010402000001',
        badge: '/badge.png',
      },
    });
  });
});

describe('productionWarnings', () => {
  const facts = {
    url: 'https://pos-zhishi.cn',
    corrections: 'a@pos-zhishi.cn',
    filing: { icp: '京ICP备1号', gongan: '', gonganBadge: '' },
  };
  it('says nothing for a complete production site or for a preview', () => {
    expect(productionWarnings(facts)).toEqual([]);
    expect(
      productionWarnings({ ...facts, url: 'https://pos.example.com', corrections: '', filing: { icp: '', gongan: '', gonganBadge: '' } }),
    ).toEqual([]);
  });
  it('names the missing field', () => {
    expect(productionWarnings({ ...facts, corrections: '' })).toEqual([expect.stringContaining('SITE.corrections')]);
    expect(productionWarnings({ ...facts, filing: { icp: '', gongan: '', gonganBadge: '' } })).toEqual([
      expect.stringContaining('SITE.filing.icp'),
    ]);
    expect(productionWarnings({ ...facts, filing: { icp: '京ICP备1号', gongan: '京公网安备1号', gonganBadge: '' } })).toEqual([
      expect.stringContaining('SITE.filing.gonganBadge'),
    ]);
  });
});
