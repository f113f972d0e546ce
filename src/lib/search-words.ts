// Chinese has no spaces between words, so a search index must be told where words end. Pagefind
// can do it itself (its Chinese segmenter, jieba through charabia), but that was ~60% of its
// indexing time and doubled its memory here; and in the browser it splits the reader's query with
// Intl.Segmenter (ICU), a different segmenter from the one that built the index. So the build
// separates the words of the search documents with the same ICU segmenter and Pagefind indexes
// them as a language without segmentation: index and query are cut alike, for half the cost.

// One instance: creating a segmenter loads ICU's dictionary.
let segmenter: Intl.Segmenter | undefined;

const ENTITY = /(&#?\w+;)/;

/** `text` with one space between the words (and punctuation marks) a Chinese segmenter finds in it. */
export function separateWords(text: string): string {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words: string[] = [];
  // An HTML entity is one mark, not the letters the segmenter would make of it.
  for (const part of text.split(ENTITY)) {
    if (ENTITY.test(part)) words.push(part);
    else for (const { segment } of segmenter.segment(part)) if (segment.trim()) words.push(segment.trim());
  }
  return words.join(' ');
}

// A tag, attribute values quoted or not (Astro leaves `>` unescaped in them), or a run of text.
const TAG_OR_TEXT = /(<(?:"[^"]*"|'[^']*'|[^'">])*>)|([^<]+)/g;

/**
 * `html` with separateWords applied to each text node, padded with spaces so a word never runs
 * on into the next element's text. Tags and attribute values are left as they are.
 */
export function separateWordsInHtml(html: string): string {
  return html.replace(TAG_OR_TEXT, (match, tag: string | undefined) => {
    if (tag) return tag;
    const words = separateWords(match);
    return words ? ` ${words} ` : match;
  });
}

// Characters set without spaces around them in Chinese text: Han, and the full-width punctuation
// and quotes around them.
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014]/u;
// A space with the visible characters on either side of it, across any <mark> tags between.
const SPACE_BETWEEN = /(?<=([^\s>])(?:<\/?mark>)*)\s+(?=(?:<\/?mark>)*([^\s<]))/gu;

/**
 * A Pagefind excerpt (escaped text with <mark> around matches) as Chinese is written: without the
 * spaces the index put between words. A space next to Chinese goes, as the site's articles write
 * "POS机" and "3个月" (915 times against 2 with a space when this was written); a space between
 * Latin words or numbers stays.
 */
export function joinWords(excerpt: string): string {
  return excerpt.replace(SPACE_BETWEEN, (space, before: string, after: string) => (CHINESE.test(before) || CHINESE.test(after) ? '' : space));
}
