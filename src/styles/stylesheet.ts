// The site's one stylesheet, as the text of a <style> element in every page's head, and its CSP
// hash. Inlined by the layout rather than by Astro, whose build hashed the same 6 KB again for
// every page (~2.2 s of CPU for the 13,477 pages of 10,000 articles); here it is hashed once.
import { createHash } from 'node:crypto';
import css from './global.css?inline';

export const STYLESHEET = css;
export const STYLESHEET_HASH = `sha256-${createHash('sha256').update(css).digest('base64')}` as const;
