/** A message with its `{name}` placeholders filled from `vars`; an unknown name stays visible as `{name}`. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
