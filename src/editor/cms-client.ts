// Runs in the web editor's page after Decap CMS's bundle (see cms-server.ts): before a save it
// drops emptied optional fields and gives a new article without a slug the pinyin of its title,
// the same slug `./site new` would make; then it starts the editor.
import { suggestSlug } from '../lib/slug.ts';
import { emptyFieldPaths } from './cms-entry.ts';

/** The few methods of Decap's Immutable.js entry data this script uses. */
interface EntryData {
  get(key: string): unknown;
  set(key: string, value: unknown): EntryData;
  deleteIn(path: (string | number)[]): EntryData;
  toJS(): unknown;
}

interface Entry {
  get(key: 'data'): EntryData;
  get(key: 'collection'): string;
  get(key: 'newRecord'): boolean | undefined;
}

interface DecapCms {
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: Entry }) => EntryData }): void;
  init(): void;
}

const cms = (window as unknown as { CMS: DecapCms }).CMS;

cms.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    let data = entry.get('data');
    for (const path of emptyFieldPaths(data.toJS())) data = data.deleteIn(path);
    // Only a new article: an existing one keeps its file name, which is its address.
    if (entry.get('collection') === 'articles' && entry.get('newRecord') && !data.get('slug')) {
      data = data.set('slug', suggestSlug(String(data.get('title') ?? '')));
    }
    return data;
  },
});
cms.init();
