/**
 * Publishing settings, all in one place (README "Publishing"). Every value can be written here or
 * given as the environment variable named beside it, which wins, so a fork or a CI job can publish
 * without editing the file. An unset value is `undefined`: the site never invents it. A footer
 * identifier that is unset is not shown; a missing site address, repository or feedback channel
 * is fine for development, and `npm run build -- --strict` (the publishing build) refuses it.
 *
 * The checks and the development defaults live in src/lib/site-config.ts.
 */
import { resolveSiteConfig } from './src/lib/site-config.ts';

const env = (name: string): string | undefined => globalThis.process?.env?.[name] || undefined;

export const siteConfig = resolveSiteConfig({
  /** Public https address of the site: canonical links, citations, embed code, the sitemap. */
  siteUrl: env('SITE_URL'),
  /** The source repository: "edit this page", "report a problem" issues, documents descriptors cite. */
  repositoryUrl: env('REPOSITORY_URL'),
  /** The branch edit links open. */
  branch: env('REPOSITORY_BRANCH') ?? 'main',
  feedback: {
    /** A channel that needs no account: an email address … */
    email: env('FEEDBACK_EMAIL'),
    /** … and/or a web form (https). */
    formUrl: env('FEEDBACK_FORM_URL'),
    /** `FEEDBACK=off` says on purpose that the site offers no such channel (strict builds then pass). */
    disabled: env('FEEDBACK') === 'off',
  },
  publisher: {
    zh: env('PUBLISHER_ZH') ?? '山东脱贫攻坚数据公开项目',
    en: env('PUBLISHER_EN') ?? 'Shandong Poverty Alleviation Open Data project',
  },
  /** Footer identifiers of a Chinese public site, shown only when set, exactly as written. */
  identifiers: {
    /** 主办 */
    sponsor: env('SITE_SPONSOR'),
    /** 承办 */
    operator: env('SITE_OPERATOR'),
    /** 联系方式 */
    contact: env('SITE_CONTACT'),
    /** ICP 备案号, e.g. 鲁ICP备…号 (links to beian.miit.gov.cn). */
    icp: env('SITE_ICP'),
    /** 公安备案号, e.g. 鲁公网安备…号 (links to beian.mps.gov.cn). */
    policeRecord: env('SITE_POLICE_RECORD'),
    /** 网站标识码 (government sites). */
    siteCode: env('SITE_CODE'),
  },
});
