import { POLICY_SLUGS } from './fields.ts';

/**
 * What an explainer may contain besides Markdown: the project's own components and a few plain
 * HTML elements, each with the attributes it may carry and the literal values those may take.
 * Anything not listed here is refused by ./check-mdx.ts. Widening this list is a code change,
 * reviewed like any other.
 */
export interface ElementRule {
  /** Attribute name → the values it accepts (a pattern over the whole value). */
  attributes: Readonly<Record<string, RegExp>>;
  /** Attributes the element cannot do without. */
  required?: readonly string[];
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LANG = /^(zh-CN|en)$/;

/** Destinations of <PageLink to="…"> (src/components/policy/PageLink.astro). */
const PAGE_LINK_TO = ['policy', 'explainer', 'glossary', 'timeline', 'targets', 'target', 'indicator', 'counties'];

export const ELEMENTS: Readonly<Record<string, ElementRule>> = {
  /** `<Term id="dibao">低保</Term>`: a glossary term (src/components/policy/Term.astro). */
  Term: { attributes: { id: SLUG }, required: ['id'] },
  /** `<PageLink to="explainer" slug="assessment">…</PageLink>` (src/components/policy/PageLink.astro). */
  PageLink: {
    attributes: { to: new RegExp(`^(${PAGE_LINK_TO.join('|')})$`), slug: new RegExp(`^(${POLICY_SLUGS.join('|')})$`), id: /^[a-z0-9]+([_-][a-z0-9]+)*$/ },
    required: ['to'],
  },
  /** Chinese words inside English text, so screen readers and fonts switch language. */
  span: { attributes: { lang: LANG } },
  abbr: { attributes: { title: /^[^<>{}]*$/, lang: LANG } },
  sub: { attributes: {} },
  sup: { attributes: {} },
  br: { attributes: {} },
};

/**
 * The components an explainer may import, by the name it must import them as. The page supplies
 * Term and PageLink already, so explainers need no import; one written anyway must be exactly
 * `import Term from '<relative path to this file>';`, one per line.
 */
export const IMPORTABLE: Readonly<Record<string, string>> = {
  Term: 'src/components/policy/Term.astro',
  PageLink: 'src/components/policy/PageLink.astro',
};

/** URL schemes a link may use; anything else (javascript:, data:, file:, vbscript:, …) is refused. */
export const LINK_SCHEMES: ReadonlySet<string> = new Set(['https', 'http', 'mailto']);
