import { isError, type Omission, type Problem } from './problem.ts';

/**
 * Collects problems while a folder is read, keeping at most PROBLEMS_PER_TYPE of each type in
 * each file and counting the rest exactly. A file with a million bad rows then reports the first
 * hundred of each kind, with where they are, plus exact totals, in bounded memory: the problem
 * list never grows with the file.
 */
export const PROBLEMS_PER_TYPE = 100;

export class ProblemLog {
  /** The problems listed, in the order found. */
  readonly kept: Problem[] = [];
  errors = 0;
  warnings = 0;
  private readonly counts = new Map<string, Map<string, { problem: Problem; total: number }>>();
  private readonly limit: number;

  constructor(limit = PROBLEMS_PER_TYPE) {
    this.limit = limit;
  }

  add(p: Problem): void {
    if (isError(p)) this.errors++;
    else this.warnings++;
    // Two levels of maps rather than one joined key: no string is built per problem, and a large
    // table can report a problem on every row (validation-throughput bench).
    let inFile = this.counts.get(p.file);
    if (!inFile) this.counts.set(p.file, (inFile = new Map()));
    const kind = p.severity === 'error' ? p.type : `${p.type}\n${p.severity}`;
    const count = inFile.get(kind);
    if (count) count.total++;
    else inFile.set(kind, { problem: p, total: 1 });
    if ((count?.total ?? 1) <= this.limit) this.kept.push(p);
  }

  /** Adds each problem in turn: never `push(...list)`, which overflows the call stack on long lists. */
  addAll(problems: Iterable<Problem>): void {
    for (const p of problems) this.add(p);
  }

  omitted(): Omission[] {
    const out: Omission[] = [];
    for (const inFile of this.counts.values())
      for (const { problem, total } of inFile.values())
        if (total > this.limit) out.push({ file: problem.file, type: problem.type, severity: problem.severity, listed: this.limit, total });
    return out;
  }
}
