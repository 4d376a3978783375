import type { Lang } from '../i18n/index.ts';

/**
 * Open Graph (ogp.me) and Twitter card (developer.x.com, "Cards markup") tags for one page, so a
 * link pasted into a chat or a post shows the page's title, its headline figure and a picture.
 * Every address is absolute: crawlers fetch the image without knowing the page they came from.
 *
 * X's card processor reads a `twitter:` property first and, when it is absent, the Open Graph
 * one its table pairs with it: `twitter:title` → `og:title`, `twitter:description` →
 * `og:description`, `twitter:image` → `og:image` (https://developer.x.com/cards/markup, "Cards
 * Markup Tag Reference"). Those three would only repeat the `og:` tags, some 400 bytes on every
 * page, so they are left out. Kept: `twitter:card`, the card type, which Open Graph has no word
 * for (without it X may show only the small summary card), and `twitter:image:alt`, for which the table
 * names no Open Graph fallback, so that X's readers still hear what the picture shows.
 */
export interface ShareImage {
  /** Site path of the PNG, e.g. `/share/site.png`. */
  path: string;
  width: number;
  height: number;
  /** What the picture shows, in the page's language (it has no words of its own). */
  alt: string;
}

export interface ShareInput {
  lang: Lang;
  /** The site's public address (Astro's `site`), e.g. `https://example.org/`. */
  siteUrl: string | URL;
  siteName: string;
  /** The page title without the site name. */
  title: string;
  /** What the page is; the headline figure, when the page has one, follows it. */
  description?: string | undefined;
  headline?: string | undefined;
  /** Said after the description when the page shows example figures and the headline does not say so. */
  exampleNote?: string | undefined;
  /** The canonical path of the page (for an embed: the full page it stands for). */
  path: string;
  image: ShareImage;
}

/** One `<meta>` tag: Open Graph uses `property`, Twitter and the plain description use `name`. */
export interface MetaTag {
  attr: 'property' | 'name';
  key: string;
  content: string;
}

/** Open Graph locales are language_TERRITORY (ogp.me "Optional Metadata"). */
export const OG_LOCALE: Readonly<Record<Lang, string>> = { 'zh-CN': 'zh_CN', en: 'en_US' };

/**
 * Longest description: previews show two or three lines (Twitter cuts at about 200 characters,
 * Facebook and WeChat at fewer); a county's headline sentence in English runs to about 230.
 */
export const MAX_DESCRIPTION = 300;

/** Joins description parts: Chinese sentences end in full-width punctuation and take no space. */
function joinParts(lang: Lang, parts: readonly string[]): string {
  return parts.join(lang === 'en' ? ' ' : '');
}

/** Cuts `text` to `max` characters at most, on a word or character, with an ellipsis. */
export function clip(text: string, max = MAX_DESCRIPTION): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * The text shown under the title: what the page is and its headline figure; when both do not
 * fit, the headline figure alone (the reason to share the link), and the example note always.
 */
export function shareDescription(input: Pick<ShareInput, 'lang' | 'description' | 'headline' | 'exampleNote'>): string {
  const parts = [input.description, input.headline]
    .filter((p): p is string => Boolean(p?.trim()))
    .map((p) => endSentence(input.lang, p.trim()));
  const note = input.exampleNote && !parts.some((p) => p.includes(input.exampleNote!)) ? input.exampleNote : '';
  // The example note must survive clipping: it is the one thing a reader of a shared link must know.
  const room = note ? MAX_DESCRIPTION - [...note].length - 1 : MAX_DESCRIPTION;
  const both = joinParts(input.lang, parts);
  const text = [...both].length <= room || parts.length < 2 ? both : parts[1]!;
  return note ? joinParts(input.lang, [clip(text, room), note]) : clip(text, room);
}

function endSentence(lang: Lang, text: string): string {
  if (/[。！？.!?…]$/.test(text)) return text;
  return text + (lang === 'en' ? '.' : '。');
}

/** Every Open Graph tag of a page and the Twitter tags Open Graph cannot stand in for, in a stable order. */
export function shareMeta(input: ShareInput): MetaTag[] {
  const url = new URL(input.path, input.siteUrl).href;
  const image = new URL(input.image.path, input.siteUrl).href;
  const description = shareDescription(input);
  const other: Lang = input.lang === 'en' ? 'zh-CN' : 'en';
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key: `og:${key}`, content });
  const tw = (key: string, content: string): MetaTag => ({ attr: 'name', key: `twitter:${key}`, content });
  return [
    { attr: 'name', key: 'description', content: description },
    og('type', 'website'),
    og('site_name', input.siteName),
    og('title', input.title),
    og('description', description),
    og('url', url),
    og('locale', OG_LOCALE[input.lang]),
    og('locale:alternate', OG_LOCALE[other]),
    og('image', image),
    og('image:type', 'image/png'),
    og('image:width', String(input.image.width)),
    og('image:height', String(input.image.height)),
    og('image:alt', input.image.alt),
    tw('card', 'summary_large_image'),
    tw('image:alt', input.image.alt),
  ];
}
