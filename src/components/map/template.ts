/**
 * Fills `{name}` placeholders in a message the page rendered from src/lib/i18n (as `t()` does on
 * the server): the browser gets finished strings in the page's language and holds no dictionary.
 */
export function fill(template: string | undefined, vars: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}
