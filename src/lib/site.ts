import { siteConfig } from '../../site.config.ts';

/**
 * Site-wide settings the pages use, read from the one settings file (site.config.ts). The
 * repository address is where "edit this page" and "report a problem" links point; set it with
 * REPOSITORY_URL when publishing (the default is a development placeholder, which strict builds refuse).
 */
export const site = {
  /** The public address pages are built for (SITE_URL; the local preview address in development). */
  url: siteConfig.site,
  repositoryUrl: siteConfig.repository,
  /** Branch the edit links open. */
  branch: siteConfig.branch,
  publisherZh: siteConfig.publisher.zh,
  publisherEn: siteConfig.publisher.en,
} as const;

/** Link to edit a file of the repository, given its path from the repository root. */
export function editUrl(repoPath: string): string {
  return `${site.repositoryUrl}/edit/${site.branch}/${repoPath}`;
}

/** Link to open a new issue (how readers report an error). */
export function reportIssueUrl(): string {
  return `${site.repositoryUrl}/issues/new`;
}
