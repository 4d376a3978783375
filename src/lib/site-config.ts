/**
 * The publishing settings (site.config.ts at the repository root) as a typed value, with the
 * checks the builds apply: a value that is set must be well formed (every build), and the
 * publishing build (`npm run build -- --strict`) also needs the site address, the repository and
 * a feedback channel or its explicit absence. Pure: the caller prints and exits.
 */

/** What site.config.ts gives: `undefined` where nothing is set. */
export interface SiteConfigInput {
  siteUrl: string | undefined;
  repositoryUrl: string | undefined;
  branch: string;
  feedback: { email: string | undefined; formUrl: string | undefined; disabled: boolean };
  publisher: { zh: string; en: string };
  identifiers: Identifiers;
}

/** Footer identifiers of a Chinese public site (主办, 承办, 联系方式, ICP 备案号, 公安备案号, 网站标识码). */
export interface Identifiers {
  sponsor: string | undefined;
  operator: string | undefined;
  contact: string | undefined;
  icp: string | undefined;
  policeRecord: string | undefined;
  siteCode: string | undefined;
}
export const IDENTIFIER_KEYS = ['sponsor', 'operator', 'contact', 'icp', 'policeRecord', 'siteCode'] as const;

export interface SiteConfig extends SiteConfigInput {
  /** The address pages are built for: the configured one, or the local preview address in development. */
  site: string;
  /** The repository links point at: the configured one, or a development placeholder. */
  repository: string;
}

/** `npm run preview`'s address (package.json), the site of a development build. */
export const DEVELOPMENT_SITE_URL = 'http://localhost:4321';
/** Where repository links point until REPOSITORY_URL is set; strict builds refuse to publish it. */
export const PLACEHOLDER_REPOSITORY_URL = 'https://github.com/sd-poverty-open-data/site';

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export function resolveSiteConfig(input: SiteConfigInput): SiteConfig {
  const clean = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
  const identifiers = { ...input.identifiers };
  for (const key of IDENTIFIER_KEYS) identifiers[key] = clean(identifiers[key]);
  const given: SiteConfigInput = {
    ...input,
    siteUrl: clean(input.siteUrl),
    repositoryUrl: clean(input.repositoryUrl),
    feedback: { ...input.feedback, email: clean(input.feedback.email), formUrl: clean(input.feedback.formUrl) },
    identifiers,
  };
  return {
    ...given,
    site: given.siteUrl ?? DEVELOPMENT_SITE_URL,
    repository: trimSlash(given.repositoryUrl ?? PLACEHOLDER_REPOSITORY_URL),
  };
}

const parse = (value: string): URL | null => (URL.canParse(value) ? new URL(value) : null);
const isWebUrl = (value: string, protocols: string[]) => protocols.includes(parse(value)?.protocol ?? '');
/** One address, no display name or list: what a `mailto:` link can carry safely. */
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
const LOCAL_HOSTS = /^(localhost|.*\.localhost|127(\.\d+){3}|0\.0\.0\.0|\[::1?\])$/i;

/**
 * Values that are set but unusable: refused by every build, because a page would carry them.
 * One line each, Chinese first, naming the setting to change.
 */
export function configProblems(config: SiteConfigInput): string[] {
  const out: string[] = [];
  const { siteUrl, repositoryUrl, feedback } = config;
  if (siteUrl !== undefined && !isWebUrl(siteUrl, ['https:', 'http:']))
    out.push(`SITE_URL “${siteUrl}” 不是网址，应为 https://… / SITE_URL is not a web address`);
  if (repositoryUrl !== undefined && !isWebUrl(repositoryUrl, ['https:']))
    out.push(`REPOSITORY_URL “${repositoryUrl}” 不是 https:// 网址 / REPOSITORY_URL is not an https address`);
  if (feedback.email !== undefined && !EMAIL.test(feedback.email))
    out.push(`FEEDBACK_EMAIL “${feedback.email}” 不是一个电子邮件地址 / FEEDBACK_EMAIL is not one email address`);
  if (feedback.formUrl !== undefined && !isWebUrl(feedback.formUrl, ['https:']))
    out.push(`FEEDBACK_FORM_URL “${feedback.formUrl}” 不是 https:// 网址 / FEEDBACK_FORM_URL is not an https address`);
  if (feedback.disabled && (feedback.email !== undefined || feedback.formUrl !== undefined))
    out.push(
      'FEEDBACK=off 与 FEEDBACK_EMAIL/FEEDBACK_FORM_URL 同时设置，只能选一种 / FEEDBACK=off contradicts a configured channel',
    );
  return out;
}

/**
 * Why a publishing build (`--strict`) may not go out with these settings; empty when it may.
 * Datasets with status `example` are refused by the validator's own strict mode.
 */
export function strictRefusals(config: SiteConfigInput): string[] {
  const out: string[] = [];
  const site = config.siteUrl === undefined ? null : parse(config.siteUrl);
  if (config.siteUrl === undefined)
    out.push(
      `SITE_URL 未设置：发布构建需要网站的 https:// 公开地址，否则每个引用、规范链接、嵌入代码和站点地图都会写成 ${DEVELOPMENT_SITE_URL} / SITE_URL is not set`,
    );
  else if (site && site.protocol !== 'https:')
    out.push(`SITE_URL “${config.siteUrl}” 不是 https:// 地址 / SITE_URL must be an https:// address`);
  else if (site && LOCAL_HOSTS.test(site.hostname))
    out.push(`SITE_URL “${config.siteUrl}” 指向本机，读者无法访问 / SITE_URL points at this machine (localhost)`);
  if (config.repositoryUrl === undefined)
    out.push('REPOSITORY_URL 未设置：“纠错”和“编辑本页”链接需要真实的仓库地址 / REPOSITORY_URL is not set');
  if (!config.feedback.disabled && config.feedback.email === undefined && config.feedback.formUrl === undefined)
    out.push(
      '未设置反馈渠道：请设置 FEEDBACK_EMAIL 或 FEEDBACK_FORM_URL，或用 FEEDBACK=off 明确不提供 / no feedback channel: set FEEDBACK_EMAIL or FEEDBACK_FORM_URL, or FEEDBACK=off',
    );
  return out;
}
