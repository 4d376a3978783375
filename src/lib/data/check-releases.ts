import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { changeKind, diffCsvText, type ValuesDiff } from '../releases/diff-values.ts';
import { copyPath, readCopy, recordedFolders, releaseHistory, RELEASES_FOLDER, type HistoryTable } from '../releases/history.ts';
import { compareVersions, covers, KIND_ZH, largerKind } from '../releases/versions.ts';
import { problem, type Problem } from './problem.ts';
import type { Package, PackageResource } from './read-package.ts';
import { sameBytes } from './release-watch.ts';

/** The diff of a table against its release copy, when it was made while the table was read (release-watch.ts). */
export type StreamedDiffs = (file: string) => ValuesDiff | undefined;

/**
 * Releases of one dataset (docs/releases.md): every version in `releaseNotes` has its tables
 * copied under `releases/<version>/`, each release raises the version by at least what its
 * changes call for, and a table that differs from the copy of the current version is refused:
 * the change needs a new version. Applies to datasets that keep releases (have `releaseNotes`
 * or a `releases/` folder).
 */
export function checkReleases(pkg: Package, streamed: StreamedDiffs = () => undefined): Problem[] {
  const meta = pkg.meta;
  if (!meta) return [];
  const notes = meta.releaseNotes ?? [];
  const folders = recordedFolders(pkg.dir);
  if (notes.length === 0 && folders.length === 0) return [];
  const problems: Problem[] = [];
  const at = (path: Array<string | number>) => ({ file: pkg.descriptorFile, ...pkg.locate(path), type: 'release-error' as const });
  const howTo = `运行 npm run release -- ${meta.name}（见 docs/releases.md）`;
  if (notes.length === 0) {
    problems.push(
      problem({
        ...at(['version']),
        field: 'releaseNotes',
        message: `有 ${RELEASES_FOLDER}/ 文件夹，但描述文件没有 releaseNotes，无法知道各版本改了什么`,
        hint: `为每个留存的版本写一条 releaseNotes（version、date、zh-CN、en），最新的在前`,
      }),
    );
    return problems;
  }

  // Order, and the newest note belongs to the current version.
  notes.forEach((n, i) => {
    const next = notes[i + 1];
    if (next && compareVersions(n.version, next.version) <= 0)
      problems.push(
        problem({
          ...at(['releaseNotes', i + 1, 'version']),
          field: 'releaseNotes',
          message: `releaseNotes 须按版本从新到旧排列：${next.version} 排在 ${n.version} 之后`,
          hint: '最新的版本写在最前面，版本号逐条变小',
        }),
      );
  });
  const newest = notes[0]!;
  if (newest.version !== meta.version)
    problems.push(
      problem({
        ...at(['version']),
        field: 'version',
        message: `version 是 ${meta.version}，但最新的一条 releaseNotes 是 ${newest.version}`,
        hint: `新版本要有自己的说明：${howTo}，它会写好 version、published 和 releaseNotes`,
      }),
    );
  else if (newest.date !== meta.published)
    problems.push(
      problem({
        ...at(['published']),
        field: 'published',
        message: `published 是 ${meta.published}，但 ${newest.version} 版的发布说明日期是 ${newest.date}`,
        hint: '两者都是当前版本的发布日期，应当相同',
      }),
    );

  const tables = pkg.resources.map((r) => tableOf(pkg, r));
  const history = releaseHistory(pkg.dir, notes, tables);
  for (const step of history) {
    const i = notes.findIndex((n) => n.version === step.version);
    if (step.missing.length > 0)
      problems.push(
        problem({
          ...at(['releaseNotes', i, 'version']),
          field: 'releaseNotes',
          message: `${step.version} 版没有留存的表格副本：缺少 ${step.missing.join('、')}`,
          hint:
            step.version === meta.version
              ? `${howTo}，留存当前版本的表格`
              : `把该版本发布时的表格放到 ${RELEASES_FOLDER}/${step.version}/（可用 git show <该版本的提交>:<表格路径> 取回）`,
        }),
      );
    else if (step.previous && !covers(step.bump, step.required))
      problems.push(
        problem({
          ...at(['releaseNotes', i, 'version']),
          field: 'releaseNotes',
          message: `${step.previous} → ${step.version} 只升了${KIND_ZH[step.bump]}，但这次的改动（${summary(step.tables.map((t) => t.diff))}）至少要升${KIND_ZH[step.required]}`,
          hint: '更正数值升修订号，新增行或年份升次版本号，删去列或改动定义升主版本号（docs/releases.md）',
        }),
      );
  }

  const known = new Set(notes.map((n) => n.version));
  for (const name of folders)
    if (!known.has(name))
      problems.push(
        problem({
          file: join(pkg.dir, RELEASES_FOLDER, name),
          type: 'release-error',
          message: `${RELEASES_FOLDER}/${name} 没有对应的 releaseNotes 条目`,
          hint: '每个留存的版本都要有一条发布说明；多余的文件夹请删除',
        }),
      );

  if (newest.version === meta.version)
    for (const [k, table] of tables.entries()) problems.push(...unreleasedChange(pkg, pkg.resources[k]!, table, meta.name, meta.version, streamed));
  return problems;
}

/** The table against the copy of the current version: any difference needs a new release. */
function unreleasedChange(pkg: Package, res: PackageResource, table: HistoryTable, name: string, version: string, streamed: StreamedDiffs): Problem[] {
  const diff = streamed(res.file) ?? wholeFileDiff(pkg, res, table, version);
  if (diff === null) return [];
  const required = largerKind(changeKind(diff), 'patch');
  const where = firstChange(diff, res);
  return [
    problem({
      file: res.file,
      ...where,
      type: 'release-error',
      message: `表格与已发布的 ${version} 版（${RELEASES_FOLDER}/${version}/${table.path}）不同（${summary([diff])}），但 version 仍是 ${version}`,
      hint: `这次改动至少要升${KIND_ZH[required]}：运行 npm run release -- ${name} --zh "改了什么、为什么" --en "what changed and why"；不是有意的改动就用 ${RELEASES_FOLDER}/${version}/ 里的副本恢复`,
    }),
  ];
}

/** The table read whole and compared with its copy; null when they hold the same bytes or either is missing. */
function wholeFileDiff(pkg: Package, res: PackageResource, table: HistoryTable, version: string): ValuesDiff | null {
  const copy = readCopy(pkg.dir, version, table.path);
  if (copy === null) return null;
  try {
    if (sameBytes(join(pkg.dir, copyPath(version, table.path)), res.file)) return null;
    return diffCsvText(copy, readFileSync(res.file, 'utf8'), table.schema);
  } catch {
    return null; // the reader already reports a missing or unreadable table
  }
}

/** Where to point: the earliest changed cell, added row or new column. */
function firstChange(diff: ValuesDiff, res: PackageResource): { line: number; column: number; field?: string } {
  const column = (field: string) => res.labels.indexOf(field) + 1 || 1;
  const places = [
    ...diff.changed.map((c) => ({ line: c.line, column: column(c.field), field: c.field })),
    ...diff.added.map((r) => ({ line: r.line, column: 1 })),
    ...diff.columnsAdded.map((f) => ({ line: res.headerLine, column: column(f), field: f })),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  return places[0] ?? { line: 1, column: 1 };
}

/** `改动 3 个数值、新增 1 行` — what a set of table diffs amounts to. */
function summary(diffs: ReadonlyArray<ValuesDiff | null>): string {
  const sum = (f: (d: ValuesDiff) => number) => diffs.reduce((n, d) => n + (d ? f(d) : 0), 0);
  const parts = [
    [sum((d) => d.changed.length), '改动 %d 个数值'],
    [sum((d) => d.added.length), '新增 %d 行'],
    [sum((d) => d.removed.length), '删除 %d 行'],
    [sum((d) => d.columnsAdded.length), '新增 %d 列'],
    [sum((d) => d.columnsRemoved.length), '删去 %d 列'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, text]) => text.replace('%d', String(n)));
  return said.length > 0 ? said.join('、') : '只有字节不同，数值未变';
}

function tableOf(pkg: Package, res: PackageResource): HistoryTable {
  return {
    name: res.name,
    path: relative(pkg.dir, res.file).split(sep).join('/'),
    schema: { fields: res.schema.fields, primaryKey: res.schema.primaryKey },
  };
}
