/**
 * `<copy-link>`: turns the row's anchor link into a "copy link" button. The button writes the
 * page's address with the row's anchor to the clipboard (Clipboard API, `writeText`), and a
 * polite live region beside it says that it did, or how to copy by hand when it could not (the
 * anchor link comes back then). Without JavaScript the anchor link stays as it is.
 *
 * The words are rendered once per page, on its first `<copy-link>` (RowLink.astro); the button
 * names its row by the row header it sits in, without the control's own words, so the page does
 * not write each name a second time.
 */
const SHOWN_MS = 5000; // long enough to read the confirmation, short enough not to linger

/** The text of the row header holding `control`, leaving out the control itself. */
function rowName(control: HTMLElement): string {
  const cell = control.closest('th, td');
  if (!cell) return '';
  const parts = [...cell.childNodes].filter((node) => !node.contains(control)).map((node) => node.textContent ?? '');
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export class CopyLinkElement extends HTMLElement {
  private status: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private messages: DOMStringMap = {};

  connectedCallback(): void {
    const anchor = this.querySelector<HTMLAnchorElement>('a.row-anchor');
    if (this.status || !anchor || !navigator.clipboard) return; // no clipboard: the link is the fallback
    const source = this.dataset.msgCopy ? this : document.querySelector<HTMLElement>('copy-link[data-msg-copy]');
    this.messages = source?.dataset ?? {};
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = this.messages.msgCopy ?? '';
    button.setAttribute('aria-label', (this.messages.msgLabel ?? button.textContent).replace('{name}', rowName(this)));
    const status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('aria-live', 'polite');
    this.status = status;
    anchor.hidden = true;
    this.append(button, status);
    button.addEventListener('click', () => void this.copy(anchor));
  }

  private async copy(anchor: HTMLAnchorElement): Promise<void> {
    const url = anchor.href; // absolute: the page's address with the row's #id
    try {
      await navigator.clipboard.writeText(url);
      this.say((this.messages.msgCopied ?? '').replace('{url}', url));
    } catch {
      anchor.hidden = false;
      this.say(this.messages.msgFailed ?? '');
    }
  }

  private say(message: string): void {
    clearTimeout(this.timer);
    this.status!.textContent = message;
    this.timer = setTimeout(() => (this.status!.textContent = ''), SHOWN_MS);
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLinkElement);
