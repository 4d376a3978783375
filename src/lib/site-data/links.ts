import { isSafeLink, type DatasetMeta } from '../schemas/dataset.ts';
import { site } from '../site.ts';

/**
 * The one place a descriptor's link becomes an `href` on a page. The validator already refuses
 * anything but https/http or a path inside the repository (isSafeLink); this checks again, as a
 * second line, so a page can never carry a `javascript:` or `data:` link even if unchecked data
 * reached the build. A repository path becomes an absolute URL from the site's configuration
 * (REPOSITORY_URL), so forks link to their own copy of the document.
 */
export function descriptorHref(link: string): string {
  if (!isSafeLink(link))
    throw new Error(
      `Refusing to publish the link ${JSON.stringify(link)}: only https/http URLs or repository paths; run npm run validate`,
    );
  if (/^https?:\/\//i.test(link)) return link;
  return `${site.repositoryUrl}/blob/${site.branch}/${link}`;
}

/** The descriptor's project properties with every link made publishable by descriptorHref. */
export function withSiteLinks(meta: DatasetMeta): DatasetMeta {
  const fix = <T extends { path?: string }>(item: T): T =>
    item.path === undefined ? item : { ...item, path: descriptorHref(item.path) };
  return {
    ...meta,
    sources: meta.sources.map(fix),
    licenses: meta.licenses.map(fix),
    contributors: meta.contributors.map(fix),
    ...(meta.homepage === undefined ? {} : { homepage: descriptorHref(meta.homepage) }),
  };
}
