/**
 * The compare page's words in the browser: the page writes the strings it needs from the
 * dictionaries into `data-words` (src/pages/[...lang]/compare.astro), so the script never carries
 * the whole dictionaries.
 */
import { fill } from '../../lib/i18n/fill.ts';
import type { MessageKey } from '../../lib/i18n/index.ts';

export type Words = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function wordsFrom(json: string | undefined): Words {
  const table = JSON.parse(json ?? '{}') as Partial<Record<MessageKey, string>>;
  return (key, vars = {}) => fill(table[key] ?? key, vars);
}

/** Builds an element with a class and children (text or elements): the script never writes HTML strings. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
