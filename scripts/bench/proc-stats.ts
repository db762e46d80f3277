import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** One process as /proc/<pid>/stat has it (Linux), for the benchmarks' CPU and memory figures. */
export interface ProcessStat {
  pid: string;
  name: string;
  ppid: number;
  pgrp: number;
  /** User + system CPU time so far (ms). */
  cpuMs: number;
  /** Resident memory (MB). */
  rssMb: number;
}

const clockTickMs = 1000 / Number(spawnSync("getconf", ["CLK_TCK"]).stdout.toString().trim() || 100);
const pageBytes = 4096; // rss is counted in pages; 4 KiB on x86-64 Linux

/** Every process running now; one that ends while being read is left out. */
export function processStats(): ProcessStat[] {
  const stats: ProcessStat[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      // The fields after the name, from field 3 (state): ppid is [1], pgrp [2], utime [11], stime [12], rss [21].
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.push({
        pid,
        name,
        ppid: Number(fields[1]),
        pgrp: Number(fields[2]),
        cpuMs: (Number(fields[11]) + Number(fields[12])) * clockTickMs,
        rssMb: (Number(fields[21]) * pageBytes) / 2 ** 20,
      });
    } catch {
      // the process ended meanwhile
    }
  }
  return stats;
}

/**
 * The Durable Object databases a workerd process holds open: one `<object id>.sqlite` per object in
 * memory (workerd closes it when it evicts the object); `metadata.sqlite` is a namespace's alarm
 * table, not an object. `inClass` narrows them to one class's directory.
 */
export function openObjectDatabases(pid: string, inClass = ""): number {
  let open = 0;
  let fds: string[] = [];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return 0; // the process ended meanwhile
  }
  for (const fd of fds) {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (target.includes(inClass) && target.endsWith(".sqlite") && !target.endsWith("/metadata.sqlite")) open += 1;
    } catch {
      // closed meanwhile
    }
  }
  return open;
}
