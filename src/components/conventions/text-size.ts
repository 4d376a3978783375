/**
 * `<text-size>`: the 标准 / 大字 switch. Pressing one sets `data-text-size` on `<html>`
 * (text-size.css) and stores the choice in localStorage under the key text-size-early.js reads
 * on the next page. Shown only when this script runs.
 */
export const STORAGE_KEY = 'text-size';
type Size = 'standard' | 'large';

export class TextSizeElement extends HTMLElement {
  connectedCallback(): void {
    if (!this.hidden) return;
    for (const button of this.buttons()) {
      button.addEventListener('click', () => this.choose(button.dataset.size === 'large' ? 'large' : 'standard'));
    }
    this.show(current());
    this.hidden = false;
  }

  private choose(size: Size): void {
    const root = document.documentElement;
    if (size === 'large') root.dataset.textSize = 'large';
    else delete root.dataset.textSize;
    try {
      localStorage.setItem(STORAGE_KEY, size);
    } catch {
      // Storage disabled: the size holds on this page only.
    }
    this.show(size);
  }

  private show(size: Size): void {
    for (const button of this.buttons()) button.setAttribute('aria-pressed', String(button.dataset.size === size));
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.querySelectorAll<HTMLButtonElement>('button[data-size]')];
  }
}

function current(): Size {
  return document.documentElement.dataset.textSize === 'large' ? 'large' : 'standard';
}

if (!customElements.get('text-size')) customElements.define('text-size', TextSizeElement);
