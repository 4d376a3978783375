/**
 * Marked terms (Term.astro) as disclosures, once JavaScript runs: the term becomes a button that
 * opens its definition in place, by tap, click, Enter or Space, and says so (`aria-expanded`);
 * the link to the glossary moves into the opened panel. Escape or a tap elsewhere closes it.
 * Without JavaScript the term stays a link to its glossary entry. Pattern: WAI-ARIA APG
 * "Disclosure (Show/Hide)", https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/.
 */
function enhance(term: HTMLElement): void {
  const link = term.querySelector<HTMLAnchorElement>(':scope > a.term-link');
  const tip = term.querySelector<HTMLElement>(':scope > .term-tip');
  if (!link || !tip) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'term-button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', tip.id);
  button.append(...link.childNodes);
  // The panel keeps the way to the full entry: the same link, now worded as what it leads to.
  link.className = 'term-more';
  link.removeAttribute('aria-describedby');
  link.textContent = term.dataset.more ?? link.href;
  tip.removeAttribute('role');
  tip.append(' ', link);
  term.replaceChildren(button, tip);
  term.dataset.disclosure = '';
  button.addEventListener('click', () => setOpen(term, button.getAttribute('aria-expanded') !== 'true'));
}

function setOpen(term: HTMLElement, open: boolean): void {
  term.querySelector('.term-button')?.setAttribute('aria-expanded', String(open));
  if (!open) {
    delete term.dataset.open;
    return;
  }
  term.dataset.open = '';
  // A term near the right edge would open its panel off-screen: move the panel left, never past
  // the left edge (8 px margins). Set through the CSSOM, which the strict CSP allows.
  const tip = term.querySelector<HTMLElement>('.term-tip');
  if (!tip) return;
  tip.style.left = '0px';
  const box = tip.getBoundingClientRect();
  const over = box.right - (document.documentElement.clientWidth - 8);
  if (over > 0) tip.style.left = `${-Math.min(over, box.left - 8)}px`;
}

for (const term of document.querySelectorAll<HTMLElement>('.term')) enhance(term);

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const term of document.querySelectorAll<HTMLElement>('.term[data-open]')) {
    setOpen(term, false);
    if (term.contains(document.activeElement)) term.querySelector<HTMLElement>('.term-button')?.focus();
  }
});
document.addEventListener('click', (event) => {
  for (const term of document.querySelectorAll<HTMLElement>('.term[data-open]'))
    if (!(event.target instanceof Node && term.contains(event.target))) setOpen(term, false);
});
