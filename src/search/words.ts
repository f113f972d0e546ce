// Chinese has no spaces between words, so a search index must be told where words end. Pagefind
// can do it itself (its Chinese segmenter, jieba through charabia), but that was ~60% of its
// indexing time and doubled its memory here; and in the browser it splits the reader's query with
// Intl.Segmenter (ICU), a different segmenter from the one that built the index. So the build
// separates the words of the search documents with the same ICU segmenter and Pagefind indexes
// them as a language without segmentation: index and query are cut alike, for half the cost.

// One instance: creating a segmenter loads ICU's dictionary.
let segmenter: Intl.Segmenter | undefined;

// A tag (attribute values quoted or not: Astro leaves `>` unescaped in them), an HTML entity, a
// run of text, or a lone `<` or `&`.
const TOKEN = /(<(?:"[^"]*"|'[^']*'|[^'">])*>)|(&#?\w+;)|([^<&]+)|([\s\S])/g;

/**
 * `html` with one space between the words (and punctuation marks) a Chinese segmenter finds in
 * each run of text, and around each run, so a word never runs on into the next element's text.
 * Tags, attribute values and entities (one mark each, not the letters the segmenter would make
 * of them) are left as they are.
 */
export function separateWordsInHtml(html: string): string {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const tokens = [...html.matchAll(TOKEN)];
  // All runs in one call, joined by newlines (a word never spans one): a call per run cost ~3×
  // as much, its fixed cost paid for every list item and table cell.
  const runs = tokens.filter((t) => t[3] !== undefined).map((t) => t[3]!);
  const starts: number[] = [];
  let at = 0;
  for (const text of runs) {
    starts.push(at);
    at += text.length + 1;
  }
  const words: string[][] = runs.map(() => []);
  let run = 0;
  for (const { segment, index } of segmenter.segment(runs.join('\n'))) {
    while (run < runs.length - 1 && index >= starts[run + 1]!) run++;
    const word = segment.trim();
    if (word) words[run]!.push(word);
  }
  run = 0;
  return tokens
    .map(([token, , entity, text]) => {
      if (entity) return ` ${entity} `;
      if (text === undefined) return token;
      const found = words[run++]!;
      return found.length ? ` ${found.join(' ')} ` : text;
    })
    .join('');
}

/** `text` (escaped, without tags) with one space between its words: separateWordsInHtml's. */
export function separateWords(text: string): string {
  return separateWordsInHtml(text).replace(/\s+/g, ' ').trim();
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
  return excerpt.replace(SPACE_BETWEEN, (space, before: string, after: string) =>
    CHINESE.test(before) || CHINESE.test(after) ? '' : space,
  );
}
