// The Markdown features of the site's one Markdown processor (astro.config.ts), shared with the
// search documents (src/search/documents.ts), which must render bodies the same way. Raw
// HTML is parsed into elements so links written as <a> get the same rel policy. SmartyPants
// stays off: it only curls ASCII quotes, which Chinese text does not use.
export const MARKDOWN_FEATURES = { smartPunctuation: false, rawHtml: true };
