/**
 * Site-wide settings set once. The repository address is where "edit this page" and
 * "report an error" links point; override it with REPOSITORY_URL when publishing a fork.
 */
export const site = {
  repositoryUrl: (globalThis.process?.env?.REPOSITORY_URL ?? 'https://github.com/sd-poverty-open-data/site').replace(
    /\/$/,
    '',
  ),
  /** Branch the edit links open. */
  branch: 'main',
  publisherZh: '山东脱贫攻坚数据公开项目',
  publisherEn: 'Shandong Poverty Alleviation Open Data project',
} as const;

/** Link to edit a file of the repository, given its path from the repository root. */
export function editUrl(repoPath: string): string {
  return `${site.repositoryUrl}/edit/${site.branch}/${repoPath}`;
}

/** Link to open a new issue (how readers report an error). */
export function reportIssueUrl(): string {
  return `${site.repositoryUrl}/issues/new`;
}
