import { mdxToMdast, type MdastNode } from 'satteri';

/**
 * Parses an explainer exactly as the build will: Astro 7's MDX integration (@astrojs/mdx 8 with
 * its default processor, @astrojs/markdown-satteri) blanks the front matter and hands the rest to
 * Sätteri's MDX parser (`mdxToJs`), with GFM and smart punctuation on. Checking the tree that
 * same parser makes leaves no gap between what is checked and what is compiled and run.
 * Sources: node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js (`safeParseFrontmatter`,
 * `frontmatter: "empty-with-spaces"`), @astrojs/internal-helpers/dist/frontmatter.js
 * (`frontmatterRE`, `parseFrontmatter`), @astrojs/markdown-satteri/dist/mdx/create-processor.js.
 */
export type MdxNode = MdastNode;

export type ParsedMdx = { ok: true; tree: MdxNode } | { ok: false; line: number; column: number; reason: string };

/** @astrojs/internal-helpers `frontmatterRE`, verbatim, so the same text is taken for front matter. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const DELIMITER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/**
 * The MDX text the build compiles: the front matter replaced by as many spaces, line breaks kept,
 * so every line and column in the tree is the line and column in the file.
 */
export function mdxBody(text: string): string {
  const raw = FRONTMATTER.exec(text)?.[1];
  if (raw === undefined) return text;
  const delims = DELIMITER.exec(text)?.[1] === '+++' ? '+++' : '---';
  return text.replace(`${delims}${raw}${delims}`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
}

/** The syntax tree of an MDX file, or where and why it does not parse (the build would fail there too). */
export function parseMdx(text: string): ParsedMdx {
  try {
    return { ok: true, tree: mdxToMdast(mdxBody(text), { features: { gfm: true, smartPunctuation: true } }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(message);
    return {
      ok: false,
      line: at ? Number(at[1]) : 1,
      column: at ? Number(at[2]) : 1,
      reason: (at ? message.slice(at[0].length) : message).split('\n')[0]!,
    };
  }
}
