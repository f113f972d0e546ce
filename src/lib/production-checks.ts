// What a build for readers (a real domain, src/lib/corrections.ts isProductionSite) should not
// go without. Warnings, not errors: a preview or a first deploy may come before the filing.
import { isProductionSite } from './corrections.ts';

export interface ProductionFacts {
  url: string;
  corrections: string;
  filing: { icp: string; gongan: string; gonganBadge: string };
}

export function productionWarnings(site: ProductionFacts): string[] {
  if (!isProductionSite(site.url)) return [];
  const warnings: string[] = [];
  if (!site.corrections.trim()) {
    warnings.push(
      '提醒：这是正式网址的构建，但没有设置读者纠错的联系方式。请在 src/config.ts 的 SITE.corrections（或环境变量 CORRECTIONS_ADDRESS）填写电子邮箱或 https 网址，每篇文章页脚都会显示它。',
    );
  }
  if (!site.filing.icp.trim()) {
    warnings.push(
      '提醒：这是正式网址的构建，但没有 ICP 备案号。在中国大陆提供服务的网站须在页脚展示备案号：请在 src/config.ts 的 SITE.filing.icp（或环境变量 ICP_NUMBER）填写，例如“京ICP备12345678号-1”。',
    );
  }
  if (site.filing.gongan.trim() && !site.filing.gonganBadge.trim()) {
    warnings.push(
      '提醒：已填写公安备案号，但没有公安备案图标。请把备案时取得的图标放进 public/，并在 SITE.filing.gonganBadge（或环境变量 GONGAN_BADGE）填写它的路径，例如 /gongan-badge.png。',
    );
  }
  return warnings;
}
