/**
 * Runs a command to completion and measures it: wall time, and the peak resident memory of its
 * whole process tree (the command and every process it starts), sampled from /proc every 100 ms.
 * Linux only, like the machines the bench runs on; elsewhere peakMB is 0.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  seconds: number;
  peakMB: number;
}

/** Resident memory (kB) of `root` and all its descendants right now. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(pid), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measure(args: string[], env: NodeJS.ProcessEnv = process.env, quiet = true): Promise<Measured> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] });
  let peakKb = 0;
  const timer = setInterval(() => {
    if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) reject(new Error(`node ${args.join(' ')} failed (exit ${code})`));
      else resolve({ seconds: Number(seconds.toFixed(1)), peakMB: Math.round(peakKb / 1024) });
    });
  });
}
