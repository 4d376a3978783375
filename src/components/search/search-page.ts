/**
 * The search page in the browser: reads `?q=` on load (so a search can be shared), fetches the
 * index once, on the first search, and shows links ranked by src/lib/search/rank.ts. Typing
 * updates the results and the address; without JavaScript the page's full list stays.
 */
import { searchIndex } from '../../lib/search/rank.ts';
import type { SearchDoc } from '../../lib/search/types.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const words = JSON.parse(root.dataset.words ?? '{}') as Record<string, string>;
  let index: Promise<SearchDoc[]> | undefined;

  const load = () =>
    (index ??= fetch(root.dataset.index!).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<SearchDoc[]>;
    }));

  const show = async (query: string) => {
    const q = query.trim();
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let docs: SearchDoc[];
    try {
      docs = await load();
    } catch {
      index = undefined;
      status.textContent = words.error ?? '';
      return;
    }
    if (input.value.trim() !== q) return; // a newer query is on its way
    const hits = searchIndex(docs, q);
    list.replaceChildren(
      ...hits.map(({ doc }) => {
        const item = document.createElement('li');
        const type = document.createElement('span');
        type.className = `search-type search-type-${doc.t}`;
        type.textContent = words[doc.t] ?? doc.t;
        const link = document.createElement('a');
        link.href = doc.u;
        link.textContent = doc.n;
        item.append(type, ' ', link);
        if (doc.s) {
          const context = document.createElement('span');
          context.className = 'search-context';
          context.textContent = doc.s;
          item.append(' ', context);
        }
        return item;
      }),
    );
    status.textContent = (hits.length > 0 ? words.count! : words.none!)
      .replace('{q}', q)
      .replace('{count}', String(hits.length));
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = new URL(location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url);
      void show(input.value);
    }, 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void show(input.value);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });

  const initial = new URL(location.href).searchParams.get('q') ?? '';
  if (initial) {
    input.value = initial;
    void show(initial);
  }
}
