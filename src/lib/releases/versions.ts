import type { ChangeKind } from './diff-values.ts';

/**
 * Semantic versions of datasets (https://semver.org/, MAJOR.MINOR.PATCH only) and the rule of
 * docs/releases.md: a correction raises the patch number, new rows or years the minor number, a
 * changed definition the major number.
 */
export type Version = readonly [number, number, number];

export const VERSION_PATTERN = /^(\d+)\.(\d+)\.(\d+)$/;

/** `1.10.2` → [1, 10, 2]; null for anything else. */
export function parseVersion(text: string): Version | null {
  const m = VERSION_PATTERN.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** Negative when a comes before b, by number (so 1.10.0 follows 1.9.0). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [0, 0, 0];
  const y = parseVersion(b) ?? [0, 0, 0];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** Which number moved from `from` to `to`: the kind of release `to` is. */
export function bumpKind(from: string, to: string): ChangeKind {
  const x = parseVersion(from) ?? [0, 0, 0];
  const y = parseVersion(to) ?? [0, 0, 0];
  if (x[0] !== y[0]) return 'major';
  if (x[1] !== y[1]) return 'minor';
  if (x[2] !== y[2]) return 'patch';
  return 'none';
}

/** The next version of the given kind: 1.1.0 + patch → 1.1.1, + minor → 1.2.0, + major → 2.0.0. */
export function bumpVersion(version: string, kind: Exclude<ChangeKind, 'none'>): string {
  const [major, minor, patch] = parseVersion(version) ?? [0, 0, 0];
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const RANK: Record<ChangeKind, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** True when a release of kind `actual` is enough for a change that calls for `required`. */
export function covers(actual: ChangeKind, required: ChangeKind): boolean {
  return RANK[actual] >= RANK[required];
}

/** The larger of two kinds: a release changing several tables needs the largest bump any of them calls for. */
export function largerKind(a: ChangeKind, b: ChangeKind): ChangeKind {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The kind's name in the validator's messages (Chinese, as every message there). */
export const KIND_ZH: Record<ChangeKind, string> = {
  none: '无需改版本',
  patch: '修订号（更正）',
  minor: '次版本号（新增行或年份）',
  major: '主版本号（改动定义）',
};
