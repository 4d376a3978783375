import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readPackage } from '../data/read-package.ts';
import { changeKind, diffCsvText, type ChangeKind, type ValuesDiff } from './diff-values.ts';
import { copyPath, readCopy, type HistoryNote } from './history.ts';
import { bumpKind, bumpVersion, covers, largerKind } from './versions.ts';

/**
 * What `npm run release -- <dataset>` will do (docs/releases.md), worked out before anything is
 * written: the new version, the descriptor text and the table copies. Refusals are sentences for
 * the person releasing, in Chinese like every message of the data tools.
 */
export interface ReleaseRequest {
  /** The package folder, e.g. `data/datasets/county-reported`. */
  dir: string;
  /** Why this release exists, in both languages; not needed when the descriptor already has a note for the version. */
  zh?: string;
  en?: string;
  /** The bump to make; by default the smallest the changes call for. */
  bump?: Exclude<ChangeKind, 'none'>;
  /** Release date, YYYY-MM-DD. */
  date: string;
}

export interface ReleasePlan {
  dataset: string;
  version: string;
  /** The version recorded before, or null for a dataset's first release. */
  previous: string | null;
  kind: ChangeKind;
  /** New descriptor text (2-space JSON, as the descriptors are written). */
  descriptor: string;
  descriptorFile: string;
  /** Table files to copy into the release folder: from (current table) → to. */
  copies: Array<{ from: string; to: string }>;
  /** What changed in each table since the previous release (empty for the first). */
  diffs: Array<{ table: string; diff: ValuesDiff }>;
}

export type ReleaseOutcome = { ok: true; plan: ReleasePlan } | { ok: false; reasons: string[] };

export function prepareRelease(request: ReleaseRequest): ReleaseOutcome {
  const pkg = readPackage(request.dir);
  const meta = pkg.meta;
  if (!meta) return refuse(`${pkg.descriptorFile} 无效，先运行 npm run validate 修好它`);
  const raw = pkg.descriptor as Record<string, unknown>;
  const notes: HistoryNote[] = [...(meta.releaseNotes ?? [])];
  const tables = pkg.resources.map((r) => ({
    name: r.name,
    file: r.file,
    path: relative(pkg.dir, r.file).split(sep).join('/'),
    schema: { fields: r.schema.fields, primaryKey: r.schema.primaryKey },
  }));
  if (tables.length === 0) return refuse(`${meta.name} 没有表格，没有可发布的内容`);
  const recorded = tables.every((t) => readCopy(pkg.dir, meta.version, t.path) !== null);
  const hasNote = notes.some((n) => n.version === meta.version);
  const given = request.zh !== undefined || request.en !== undefined;
  const reasons: string[] = [];

  // The base to compare with: the current version when it is recorded, else the newest recorded note.
  const base = recorded
    ? meta.version
    : (notes.find(
        (n) => n.version !== meta.version && tables.every((t) => readCopy(pkg.dir, n.version, t.path) !== null),
      )?.version ?? null);
  const diffs =
    base === null
      ? []
      : tables.map((t) => ({
          table: t.name,
          before: readCopy(pkg.dir, base, t.path)!,
          now: readFileSync(t.file, 'utf8'),
          schema: t.schema,
        }));
  let required: ChangeKind = 'none';
  for (const d of diffs)
    required = largerKind(
      required,
      d.before === d.now ? 'none' : largerKind(changeKind(diffCsvText(d.before, d.now, d.schema)), 'patch'),
    );

  let version: string;
  let kind: ChangeKind;
  if (recorded) {
    // A new version: the tables changed since the current one was recorded.
    if (required === 'none') return refuse(`${meta.name} ${meta.version} 之后表格没有变化，不需要新版本`);
    const chosen = request.bump ?? required;
    if (!covers(chosen, required))
      reasons.push(`这次改动至少要升 ${required}，--bump ${chosen} 不够（docs/releases.md）`);
    kind = chosen;
    version = bumpVersion(meta.version, chosen);
    if (!request.zh || !request.en) reasons.push('请用 --zh 和 --en 写明这次改了什么、为什么（中英文各一句）');
  } else {
    // The descriptor's version is not recorded yet: a first release, or a version raised by hand.
    version = meta.version;
    kind = base === null ? 'none' : bumpKind(base, version);
    if (base !== null && !covers(kind, required))
      reasons.push(`${base} → ${version} 只升了 ${kind}，但这次改动至少要升 ${required}（docs/releases.md）`);
    if (request.bump) reasons.push(`version 已经是 ${version}，不能再加 --bump；要改版本号请直接改描述文件`);
    if (hasNote && given) reasons.push(`releaseNotes 已有 ${version} 的说明，不要再给 --zh/--en`);
    if (!hasNote && (!request.zh || !request.en))
      reasons.push('请用 --zh 和 --en 写明这个版本改了什么、为什么（中英文各一句）');
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(request.date)) reasons.push(`--date 应为 YYYY-MM-DD，实际为 “${request.date}”`);
  if (reasons.length > 0) return { ok: false, reasons };

  const note = notes.find((n) => n.version === version);
  const date = note?.date ?? request.date;
  const newNotes = note ? notes : [{ version, date, 'zh-CN': request.zh!, en: request.en! }, ...notes];
  const descriptor = withRelease(raw, version, date, newNotes);
  return {
    ok: true,
    plan: {
      dataset: meta.name,
      version,
      previous: base,
      kind,
      descriptor: `${JSON.stringify(descriptor, null, 2)}\n`,
      descriptorFile: pkg.descriptorFile,
      copies: tables.map((t) => ({ from: t.file, to: join(pkg.dir, copyPath(version, t.path)) })),
      diffs: diffs.map((d) => ({ table: d.table, diff: diffCsvText(d.before, d.now, d.schema) })),
    },
  };
}

/** The descriptor with the new version, date and notes; `releaseNotes` goes after `published` when new. */
function withRelease(
  raw: Record<string, unknown>,
  version: string,
  date: string,
  notes: HistoryNote[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'releaseNotes') continue;
    out[key] = key === 'version' ? version : key === 'published' ? date : value;
    if (key === 'published') out.releaseNotes = notes;
  }
  if (!('releaseNotes' in out)) out.releaseNotes = notes;
  return out;
}

const refuse = (reason: string): ReleaseOutcome => ({ ok: false, reasons: [reason] });
