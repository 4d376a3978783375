/**
 * How readers reach the publisher: the channels configured in site.config.ts, and the
 * "纠错 / report a problem" links of a figure page, pre-filled with what the page shows (division,
 * indicator, year, the releases it draws on and its address) so the report says which figure it
 * is about. Only configured channels are offered; with none, there is nothing to show.
 */
import type { SiteConfigInput } from './site-config.ts';

/** What a report is about: the page and, where the page is about one, its division, indicator and year. */
export interface ReportSubject {
  /** The page's public address. */
  pageUrl: string;
  pageTitle: string;
  /** `山东省菏泽市巨野县 (371724)`: name and code, as the reader sees them. */
  division?: string;
  indicator?: string;
  year?: number;
  /** The datasets and versions the page's figures come from, e.g. `county-example v1.0.0`. */
  releases?: readonly string[];
}

/** The words of a report in the page's language (src/lib/i18n/{zh,en}/staff.ts). */
export interface ReportWords {
  title: string;
  page: string;
  division: string;
  indicator: string;
  year: string;
  release: string;
  /** What the reader should add: which figure, the right value, where it is published. */
  ask: string;
}

export type Channel =
  { kind: 'issue'; href: string } | { kind: 'email'; href: string; address: string } | { kind: 'form'; href: string };

/** The report's text: one `label：value` line per known fact, then what to add. */
export function reportBody(subject: ReportSubject, words: ReportWords): string {
  const facts: Array<[string, string | number | undefined]> = [
    [words.page, subject.pageUrl],
    [words.division, subject.division],
    [words.indicator, subject.indicator],
    [words.year, subject.year],
    [words.release, subject.releases?.length ? subject.releases.join(', ') : undefined],
  ];
  const lines = facts.filter(([, value]) => value !== undefined).map(([label, value]) => `${label}${value}`);
  return `${lines.join('\n')}\n\n${words.ask}\n`;
}

/** A new issue in the repository with title and body filled in (GitHub's `issues/new?title=&body=`). */
export function issueUrl(repositoryUrl: string, subject: ReportSubject, words: ReportWords): string {
  const query = new URLSearchParams({ title: `${words.title}${subject.pageTitle}`, body: reportBody(subject, words) });
  return `${repositoryUrl.replace(/\/+$/, '')}/issues/new?${query}`;
}

/** A `mailto:` link with subject and body (RFC 6068: percent-encoded, spaces as %20, not `+`). */
export function mailtoUrl(address: string, subject: ReportSubject, words: ReportWords): string {
  const encode = encodeURIComponent;
  return `mailto:${address}?subject=${encode(`${words.title}${subject.pageTitle}`)}&body=${encode(reportBody(subject, words))}`;
}

type FeedbackSettings = Pick<SiteConfigInput, 'repositoryUrl' | 'feedback'>;

/** The channels a report about `subject` can take, repository first; empty when none is configured. */
export function reportChannels(config: FeedbackSettings, subject: ReportSubject, words: ReportWords): Channel[] {
  const out: Channel[] = [];
  if (config.repositoryUrl) out.push({ kind: 'issue', href: issueUrl(config.repositoryUrl, subject, words) });
  if (config.feedback.email)
    out.push({ kind: 'email', href: mailtoUrl(config.feedback.email, subject, words), address: config.feedback.email });
  if (config.feedback.formUrl) out.push({ kind: 'form', href: config.feedback.formUrl });
  return out;
}

/** The site-wide channels (footer, about page): the same, without a subject. */
export function feedbackChannels(config: FeedbackSettings): Channel[] {
  const out: Channel[] = [];
  if (config.repositoryUrl) out.push({ kind: 'issue', href: `${config.repositoryUrl.replace(/\/+$/, '')}/issues/new` });
  if (config.feedback.email)
    out.push({ kind: 'email', href: `mailto:${config.feedback.email}`, address: config.feedback.email });
  if (config.feedback.formUrl) out.push({ kind: 'form', href: config.feedback.formUrl });
  return out;
}
