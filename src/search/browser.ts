// The one client script of the site, loaded only by /search/. It reads ?q=, queries the
// Pagefind index lazily and renders results; without it the form still submits as GET.
import { joinWords } from './words.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

const PAGE = 10;
const form = document.querySelector<HTMLFormElement>('#search form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
let pagefind: Promise<Pagefind> | undefined;
let latest = 0;

function load(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    // Large sites are indexed in shards (./pagefind.ts); search them as one.
    const shards = (await fetch('/pagefind/shards.json').then((r) => (r.ok ? r.json() : []))) as string[];
    for (const shard of shards) await pf.mergeIndex(shard);
    await pf.init();
    return pf;
  });
  return pagefind;
}

async function run(query: string) {
  const ticket = ++latest;
  const q = query.trim();
  list.replaceChildren();
  if (!q) {
    status.textContent = '';
    return;
  }
  status.textContent = '正在搜索…';
  try {
    const pf = await load();
    const { results } = await pf.search(q);
    const data = await Promise.all(results.slice(0, PAGE).map((r) => r.data()));
    if (ticket !== latest) return;
    status.textContent = results.length
      ? `“${q}”共找到 ${results.length} 篇文章`
      : `没有找到与“${q}”有关的文章，换个说法试试，例如“激活”“费率”“押金”。`;
    for (const item of data) {
      const li = document.createElement('li');
      li.className = 'card';
      const h2 = document.createElement('h2');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.meta.title ?? item.url;
      h2.append(a);
      const p = document.createElement('p');
      // Pagefind's excerpt is escaped page text with <mark> around the matched terms, its words
      // separated by spaces in the index.
      p.innerHTML = joinWords(item.excerpt);
      li.append(h2, p);
      list.append(li);
    }
  } catch {
    status.textContent = '搜索暂时无法使用，请稍后再试，或从文章归档浏览。';
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void run(input.value);
  }, 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  input.dispatchEvent(new Event('input'));
});

const initial = new URLSearchParams(location.search).get('q') ?? '';
if (initial) {
  input.value = initial;
  void run(initial);
}
