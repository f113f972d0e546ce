// The filing numbers in the footer, as the rules for sites served in mainland China describe
// them: the ICP number links to the MIIT filing system; the 公安备案 number links to the
// Ministry of Public Security's search for that number and stands beside its badge.

export interface FilingConfig {
  icp: string;
  gongan: string;
  gonganBadge: string;
}

export interface FilingLinks {
  icp?: { text: string; href: string };
  gongan?: { text: string; href: string; badge?: string };
}

export const ICP_URL = 'https://beian.miit.gov.cn/';

export function filingLinks(config: FilingConfig): FilingLinks {
  const links: FilingLinks = {};
  const icp = config.icp.trim();
  if (icp) links.icp = { text: icp, href: ICP_URL };
  const gongan = config.gongan.trim();
  if (gongan) {
    const code = gongan.replace(/\D/g, '');
    links.gongan = {
      text: gongan,
      href: `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`,
      badge: config.gonganBadge.trim() || undefined,
    };
  }
  return links;
}
