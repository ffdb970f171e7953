// Runs a command and measures its wall time, its CPU time and the peak memory of its whole
// process tree. Peak memory is the largest sum of VmRSS over the process and all its
// descendants, read from /proc every POLL_MS (a spike shorter than that can be missed).
// /usr/bin/time wraps the command for the CPU time (user + system, descendants included) and
// for the largest single process's peak, a cross-check of the polled figure.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const POLL_MS = 50;

/** Parent pid of every process on the machine, from /proc/<pid>/stat. */
function parentsByPid() {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: read after its closing one.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return parents;
}

/** The pids of `root` and all its descendants. */
export function processTree(root, parents = parentsByPid()) {
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** Resident memory of one process in bytes, 0 once it has ended. */
function residentBytes(pid) {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The machine's load average over the last minute: other work slows a build down. */
export const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/**
 * Runs `command` and resolves to { seconds, cpuSeconds, peakBytes, largestProcessBytes, load,
 * phases, output }; load is the load average before and after. `markers` are
 * [name, RegExp] pairs: the first output line matching a marker starts the phase of that name,
 * and each phase gets its own duration and peak, so a slow or hungry build step shows which it is.
 */
export function runMeasured(command, args, { cwd, env, markers = [] } = {}) {
  return new Promise((resolve, reject) => {
    const timeDir = mkdtempSync(join(tmpdir(), 'sqlstate-bench-time-'));
    const timeFile = join(timeDir, 'time');
    const loadBefore = loadAverage();
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-q', '-f', '%U %S %M', '-o', timeFile, command, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const phases = [{ name: 'start-up', at: 0, peakBytes: 0 }];
    const pending = [...markers];
    let output = '';
    let peakBytes = 0;
    let partial = '';

    const onText = (chunk) => {
      const text = chunk.toString();
      output += text;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const index = pending.findIndex(([, pattern]) => pattern.test(line));
        if (index < 0) continue;
        const [name] = pending.splice(index, 1)[0];
        phases.push({ name, at: performance.now() - started, peakBytes: 0 });
      }
    };
    child.stdout.on('data', onText);
    child.stderr.on('data', onText);

    const poll = () => {
      const bytes = processTree(child.pid).reduce((sum, pid) => sum + residentBytes(pid), 0);
      peakBytes = Math.max(peakBytes, bytes);
      const current = phases.at(-1);
      current.peakBytes = Math.max(current.peakBytes, bytes);
    };
    const timer = setInterval(poll, POLL_MS);
    poll();

    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const [user, system, largestKb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
      rmSync(timeDir, { recursive: true, force: true });
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${output.slice(-4000)}`));
        return;
      }
      const timed = phases.map((phase, i) => ({
        name: phase.name,
        seconds: ((phases[i + 1]?.at ?? seconds * 1000) - phase.at) / 1000,
        peakBytes: phase.peakBytes,
      }));
      resolve({
        seconds,
        cpuSeconds: user + system,
        peakBytes,
        largestProcessBytes: largestKb * 1024,
        load: [loadBefore, loadAverage()],
        phases: timed,
        output,
      });
    });
  });
}
