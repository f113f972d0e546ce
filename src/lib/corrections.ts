// How a reader reports an error: one address from the site config (an e-mail address or an
// https page such as a form), linked from every article with the article named in the report.

/** A site URL that is not a local or reserved example address: the build is for readers. */
export function isProductionSite(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname.toLowerCase();
  if (host === 'localhost' || /^127\.|^\[?::1\]?$|^0\.0\.0\.0$/.test(host)) return false;
  if (/\.(?:example|test|localhost|local|invalid)$/.test(host)) return false;
  return !/(?:^|\.)example\.(?:com|net|org)$/.test(host);
}

/** The link that opens a report about one page, or undefined when no address is configured. */
export function correctionsHref(address: string, page?: { title: string; url: string }): string | undefined {
  const value = address.trim();
  if (!value) return undefined;
  if (/^https:\/\//i.test(value)) return value;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw new Error(`SITE.corrections 应为电子邮箱或 https:// 开头的网址，现在是 “${value}”`);
  if (!page) return `mailto:${value}`;
  const subject = encodeURIComponent(`纠错：${page.title}`);
  const body = encodeURIComponent(`文章：${page.url}\n有误的段落：\n您掌握的来源：\n`);
  return `mailto:${value}?subject=${subject}&body=${body}`;
}
