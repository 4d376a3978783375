/**
 * The compare page in the browser. It reads the choice from the address (`?d=…&y=…`, parsed by
 * src/lib/compare/params.ts with a message for every problem), fetches each division's
 * /api/compare/{code}.json once, and draws the table and the small multiples. Changing the form
 * redraws and adds the new address to the history (history.pushState), so the address can always
 * be shared and Back or Forward (popstate) redraws the choice of that address.
 */
import type { CompareDivision, CompareIndicator } from '../../lib/compare/data.ts';
import {
  choiceQuery,
  isComplete,
  parseChoice,
  type CompareChoice,
  type ChoiceProblem,
} from '../../lib/compare/params.ts';
import { compareRows, datasetsShown } from '../../lib/compare/table.ts';
import type { Lang } from '../../lib/i18n/index.ts';
import {
  compareApiPath,
  countyPath,
  countyYearPath,
  dataPath,
  prefecturePath,
  prefectureYearPath,
  yearPath,
} from '../../lib/routes.ts';
import { renderCharts } from './render-charts.ts';
import { renderTable } from './render-table.ts';
import { el, wordsFrom } from './words.ts';

const root = document.querySelector<HTMLElement>('[data-compare]');
if (root) {
  const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'zh-CN';
  const w = wordsFrom(root.dataset.words);
  const indicators = JSON.parse(root.dataset.indicators ?? '[]') as CompareIndicator[];
  const form = root.querySelector<HTMLFormElement>('form')!;
  const divisionFields = [...form.querySelectorAll<HTMLSelectElement>('select[name="d"]')];
  const yearField = form.querySelector<HTMLSelectElement>('select[name="y"]')!;
  const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
  const output = root.querySelector<HTMLElement>('[data-compare-output]')!;
  const banner = document.querySelector<HTMLElement>('[data-compare-banner]');
  const rules = {
    known: new Set([...divisionFields[0]!.options].map((o) => o.value).filter((v) => v !== '')),
    years: [...yearField.options].map((o) => Number(o.value)).filter((y) => Number.isInteger(y)),
  };
  const cache = new Map<string, Promise<CompareDivision>>();
  const load = (code: string) => {
    let found = cache.get(code);
    if (!found) {
      found = fetch(compareApiPath(code)).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${r.url}`);
        return r.json() as Promise<CompareDivision>;
      });
      found.catch(() => cache.delete(code));
      cache.set(code, found);
    }
    return found;
  };
  let drawing = 0;

  const problemText = (p: ChoiceProblem) =>
    'value' in p
      ? w(`comparePage.problem.${p.kind}`, { value: p.value })
      : w(`comparePage.problem.${p.kind}`, { count: p.count });

  const pageOf = (d: CompareDivision, year: number | 'all') => {
    const y = year === 'all' ? undefined : year;
    if (d.level === 'province') return yearPath(y ?? d.inForce.at(-1)!, lang);
    const inForce = y !== undefined && d.inForce.includes(y);
    if (d.level === 'prefecture') return inForce ? prefectureYearPath(d.code, y, lang) : prefecturePath(d.code, lang);
    return inForce ? countyYearPath(d.code, y, lang) : countyPath(d.code, lang);
  };

  const show = async (choice: CompareChoice, problems: ChoiceProblem[]) => {
    const ticket = ++drawing;
    const messages = problems.map((p) => el('li', {}, problemText(p)));
    const say = (...lines: string[]) =>
      status.replaceChildren(
        ...lines.map((line) => el('p', {}, line)),
        ...(messages.length ? [el('ul', {}, ...messages)] : []),
      );
    if (!isComplete(choice)) {
      say(w('comparePage.choose'));
      output.replaceChildren();
      if (banner) banner.hidden = true;
      return;
    }
    say(w('comparePage.loading'));
    let divisions: CompareDivision[];
    try {
      divisions = await Promise.all(choice.codes.map(load));
    } catch {
      if (ticket === drawing) say(w('comparePage.error'));
      return;
    }
    if (ticket !== drawing) return; // a newer choice is on its way
    const names = divisions.map((d) => (lang === 'en' ? d.nameEn : d.nameZh));
    const years = choice.year === 'all' ? divisions[0]!.years : [choice.year];
    const yearsText =
      choice.year === 'all' ? w('comparePage.years.all') : w('comparePage.years.one', { year: choice.year });
    const joined = names.join(w('punct.comma'));
    const rows = compareRows(divisions, indicators, years);
    const datasets = datasetsShown(rows);
    const sources = datasets
      .map((d) =>
        w('comparePage.release', {
          title: lang === 'en' ? d.titleEn : d.titleZh,
          name: d.name,
          version: d.version,
          published: d.published,
        }),
      )
      .join(lang === 'en' ? '; ' : '；');
    say(w('comparePage.shown', { names: joined, years: yearsText }));
    if (banner) banner.hidden = !datasets.some((d) => d.status === 'example');
    output.replaceChildren(
      renderTable(
        lang,
        w,
        divisions,
        rows,
        w('comparePage.table.caption', { names: joined, years: yearsText }),
        choice.year === 'all',
      ),
      el(
        'p',
        { class: 'compare-source' },
        w('comparePage.source', { sources }),
        ' ',
        el('a', { href: dataPath(lang) }, dataPath(lang)),
      ),
      el(
        'p',
        { class: 'compare-pages' },
        w('comparePage.pages'),
        ...divisions.flatMap((d, i) => [
          i > 0 ? w('punct.comma') : ' ',
          el('a', { href: pageOf(d, choice.year) }, names[i]!),
        ]),
      ),
      renderCharts(lang, w, divisions, indicators),
    );
  };

  const fromForm = (): CompareChoice => {
    const query = new URLSearchParams();
    for (const field of divisionFields) if (field.value) query.append('d', field.value);
    query.set('y', yearField.value);
    return parseChoice(query, rules).choice;
  };

  const toForm = (choice: CompareChoice) => {
    divisionFields.forEach((field, i) => (field.value = choice.codes[i] ?? ''));
    yearField.value = String(choice.year);
  };

  // Each new choice is a step in the browser's history, so Back returns to the previous view.
  const update = () => {
    const choice = fromForm();
    const search = `?${choiceQuery(choice)}`;
    if (search !== location.search) history.pushState(null, '', `${location.pathname}${search}`);
    void show(choice, []);
  };

  const fromAddress = () => {
    const { choice, problems } = parseChoice(location.search, rules);
    toForm(choice);
    // The address says the same in its shortest form, so what the reader shares is canonical.
    if (location.search !== '' && isComplete(choice))
      history.replaceState(null, '', `${location.pathname}?${choiceQuery(choice)}`);
    void show(choice, problems);
  };

  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  window.addEventListener('popstate', fromAddress);
  fromAddress();
}
