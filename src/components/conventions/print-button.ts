/**
 * `<print-button>`: shows its button and opens the browser's print dialog (`window.print()`) on
 * activation. The element is rendered `hidden`, so a reader without JavaScript never meets a
 * control that does nothing; the browser's own Print command works for everyone, and the print
 * stylesheet (src/styles/print.css) shapes the result either way.
 */
export class PrintButtonElement extends HTMLElement {
  private ready = false;

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button');
    if (this.ready || !button || typeof window.print !== 'function') return;
    this.ready = true;
    // Looked up on each click, not bound once, so the call always reaches the current window.print.
    button.addEventListener('click', () => window.print());
    this.hidden = false;
  }
}

if (!customElements.get('print-button')) customElements.define('print-button', PrintButtonElement);
