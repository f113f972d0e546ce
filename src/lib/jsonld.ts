// Schema.org data as one connected @graph per page, from validated frontmatter.
import { toIsoShanghai } from './dates.ts';
import { absoluteUrl } from './urls.ts';

type Node = Record<string, unknown>;

export interface Crumb {
  name: string;
  path: string;
}

export interface GraphSite {
  name: string;
  url: string;
  description: string;
  logo: string;
}

export const ids = {
  website: (site: GraphSite) => absoluteUrl('/#website', site.url),
  organization: (site: GraphSite) => absoluteUrl('/#organization', site.url),
  person: (site: GraphSite, id: string) => absoluteUrl(`/authors/${id}/#person`, site.url),
  webpage: (site: GraphSite, path: string) => `${absoluteUrl(path, site.url)}#webpage`,
};

export function siteNodes(site: GraphSite): Node[] {
  return [
    {
      '@type': 'WebSite',
      '@id': ids.website(site),
      url: absoluteUrl('/', site.url),
      name: site.name,
      description: site.description,
      inLanguage: 'zh-CN',
      publisher: { '@id': ids.organization(site) },
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/search/', site.url)}?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    },
    {
      '@type': 'Organization',
      '@id': ids.organization(site),
      name: site.name,
      url: absoluteUrl('/', site.url),
      logo: { '@type': 'ImageObject', url: absoluteUrl(site.logo, site.url) },
    },
  ];
}

export function webPageNode(
  site: GraphSite,
  page: { path: string; title: string; description: string; type?: string; crumbs?: boolean },
): Node {
  const node: Node = {
    '@type': page.type ?? 'WebPage',
    '@id': ids.webpage(site, page.path),
    url: absoluteUrl(page.path, site.url),
    name: page.title,
    description: page.description,
    inLanguage: 'zh-CN',
    isPartOf: { '@id': ids.website(site) },
  };
  if (page.crumbs) node.breadcrumb = { '@id': `${absoluteUrl(page.path, site.url)}#breadcrumb` };
  return node;
}

export function breadcrumbNode(site: GraphSite, path: string, crumbs: readonly Crumb[]): Node {
  return {
    '@type': 'BreadcrumbList',
    '@id': `${absoluteUrl(path, site.url)}#breadcrumb`,
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path, site.url),
    })),
  };
}

export interface PersonRef {
  id: string;
  name: string;
  url?: string;
}

export function personNode(site: GraphSite, person: PersonRef): Node {
  return {
    '@type': 'Person',
    '@id': ids.person(site, person.id),
    name: person.name,
    url: absoluteUrl(`/authors/${person.id}/`, site.url),
    ...(person.url ? { sameAs: [person.url] } : {}),
  };
}

export interface ArticleFacts {
  path: string;
  title: string;
  description: string;
  published: Date;
  modified?: Date;
  author: PersonRef;
  reviewer?: PersonRef;
  image?: string;
  section?: string;
  keywords?: string[];
}

export function articleNode(site: GraphSite, a: ArticleFacts): Node {
  const url = absoluteUrl(a.path, site.url);
  return {
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: a.title,
    description: a.description,
    datePublished: toIsoShanghai(a.published),
    dateModified: toIsoShanghai(a.modified ?? a.published),
    author: [{ '@id': ids.person(site, a.author.id) }],
    publisher: { '@id': ids.organization(site) },
    mainEntityOfPage: { '@id': ids.webpage(site, a.path) },
    isPartOf: { '@id': ids.website(site) },
    inLanguage: 'zh-CN',
    ...(a.image ? { image: [absoluteUrl(a.image, site.url)] } : {}),
    ...(a.section ? { articleSection: a.section } : {}),
    ...(a.keywords?.length ? { keywords: a.keywords.join(',') } : {}),
  };
}

export function faqNode(site: GraphSite, path: string, faq: readonly { q: string; a: string }[]): Node {
  return {
    '@type': 'FAQPage',
    '@id': `${absoluteUrl(path, site.url)}#faq`,
    mainEntity: faq.map((item) => ({
      '@type': 'Question',
      name: item.q,
      acceptedAnswer: { '@type': 'Answer', text: item.a },
    })),
  };
}

export function graph(nodes: readonly Node[]): Node {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON for a <script type="application/ld+json"> body. `<`, `>`, `&` and the JS line
 * separators are escaped so no frontmatter text (say "</script>") can end the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
