// What one built page costs a reader before any interaction: the HTML, and the CSS and JS it
// references or inlines, raw and gzipped (zlib's default level, what a CDN or nginx with
// gzip_comp_level 6 sends).
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  /** External stylesheets (each file once) plus inline <style>; inline bytes are also in html. */
  css: Bytes & { files: string[]; inline: number };
  /** External and inline scripts; JSON data blocks (JSON-LD, speculation rules) are not JS. */
  js: Bytes & { files: string[]; inline: number };
  /** HTML plus external CSS, gzipped: what the article budget limits. */
  htmlCssGzip: number;
  /** Requests the HTML itself asks for: the document, stylesheets, scripts, images, icons. */
  requests: number;
}

const DATA_SCRIPT = /^(application\/(ld\+)?json|speculationrules|importmap)$/i;

export function bytes(text: string | Buffer): Bytes {
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  return { raw: buffer.length, gzip: gzipSync(buffer).length };
}

/** Is this <script> executable code (not a JSON block)? */
export function isJsScript(type: string | undefined): boolean {
  return !type || !DATA_SCRIPT.test(type.trim());
}

/**
 * `readAsset` maps a root-relative URL to the built file's content, or undefined when the URL
 * is not part of the site (an external host): those still count as requests.
 */
export function pageWeight(html: string, readAsset: (url: string) => Buffer | undefined): PageWeight {
  const doc = parse(html, { comment: false });
  const cssFiles = new Set<string>();
  const jsFiles = new Set<string>();
  const other = new Set<string>();
  let inlineCss = '';
  let inlineJs = '';

  for (const link of doc.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')!;
    if (rel.includes('stylesheet')) cssFiles.add(href);
    else if (rel.includes('modulepreload') || (rel.includes('preload') && link.getAttribute('as') === 'script')) jsFiles.add(href);
    else if (rel.includes('preload') && link.getAttribute('as') === 'style') cssFiles.add(href);
    else if (rel.includes('icon') || rel.includes('preload') || rel.includes('manifest')) other.add(href);
  }
  for (const style of doc.querySelectorAll('style')) inlineCss += style.textContent;
  for (const script of doc.querySelectorAll('script')) {
    if (!isJsScript(script.getAttribute('type'))) continue;
    const src = script.getAttribute('src');
    if (src) jsFiles.add(src);
    else inlineJs += script.textContent;
  }
  for (const img of doc.querySelectorAll('img[src]')) other.add(img.getAttribute('src')!);

  const sum = (files: Set<string>, inline: string): Bytes => {
    const parts = [...files]
      .map((f) => readAsset(f))
      .filter((b): b is Buffer => b !== undefined)
      .map(bytes);
    const own = inline ? bytes(inline) : { raw: 0, gzip: 0 };
    return parts.reduce((acc, b) => ({ raw: acc.raw + b.raw, gzip: acc.gzip + b.gzip }), own);
  };
  const htmlBytes = bytes(html);
  const css = sum(cssFiles, inlineCss);
  const externalCss = sum(cssFiles, '');
  return {
    html: htmlBytes,
    css: { ...css, files: [...cssFiles], inline: Buffer.byteLength(inlineCss) },
    js: { ...sum(jsFiles, inlineJs), files: [...jsFiles], inline: Buffer.byteLength(inlineJs) },
    htmlCssGzip: htmlBytes.gzip + externalCss.gzip,
    requests: 1 + cssFiles.size + jsFiles.size + other.size,
  };
}
