/** Elements a reader reaches with Tab (not disabled, not hidden, not taken out with tabindex -1). */
const CANDIDATES = 'a[href], button, input, select, textarea, summary, [tabindex]';

/**
 * The first element after `el` (and outside it) in the Tab order of the document, or null: where
 * Escape sends focus when it leaves the map, as Tab would, but without a second key press.
 * Positive tabindex values are not used on this site, so document order is the Tab order.
 */
export function nextFocusableAfter(el: Element): HTMLElement | null {
  for (const candidate of document.querySelectorAll<HTMLElement>(CANDIDATES)) {
    if (el.contains(candidate) || !(el.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (candidate.tabIndex < 0 || (candidate as HTMLButtonElement).disabled || !candidate.checkVisibility()) continue;
    return candidate;
  }
  return null;
}
