// npm test, in two lanes that run side by side: vitest then the type check, beside the site build
// then Playwright against that build. vitest spends most of its time waiting on database servers,
// neither lane reads what the other writes, and one after the other they took over 12 minutes on
// 2 cores. The browser lane is the longer, so the type check goes after vitest. Only vitest's
// output is passed through as it comes; the other steps' output is printed after it, so the lanes
// never interleave, and each step's time is printed at the end.
import { spawn } from 'node:child_process';

/** Runs a command; with `hold`, keeps its output to print later instead of passing it through. */
function step(name, command, args, hold) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (hold) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, ok: false, output: `${output}${error.message}\n`, seconds: (Date.now() - started) / 1000 }));
    child.on('close', (code) => resolve({ name, ok: code === 0, output, seconds: (Date.now() - started) / 1000 }));
  });
}

/** Runs a lane's steps in order, each only if the one before passed; the results of those that ran. */
async function lane(steps) {
  const done = [];
  for (const [name, command, args, hold = true] of steps) {
    const result = await step(name, command, args, hold);
    done.push(result);
    if (!result.ok) break;
  }
  return done;
}

const lanes = [
  [
    ['vitest', 'vitest', ['run'], false],
    ['astro check', 'astro', ['check', '--minimumSeverity', 'error']],
  ],
  [
    ['build', 'npm', ['run', '--silent', 'build']],
    ['playwright', 'playwright', ['test']],
  ],
];
// With FULL_MATRIX=1 (.ci/run) vitest runs every major and keeps both cores busy for its whole
// run: there the lanes go one after the other, since overlapping them gained nothing and pushed the
// browser tests past their timeouts (26 minutes side by side against about 20 in turn).
const fullMatrix = process.env.FULL_MATRIX === '1';
const results = fullMatrix ? [...(await lane(lanes[0])), ...(await lane(lanes[1]))] : (await Promise.all(lanes.map(lane))).flat();
for (const { name, output } of results) if (output) process.stdout.write(`\n── ${name} ──\n${output}`);
console.log(`\n${results.map(({ name, ok, seconds }) => `${ok ? 'passed' : 'FAILED'}  ${name}  ${seconds.toFixed(0)} s`).join('\n')}`);
const ranAll = results.length === lanes.flat().length;
if (!ranAll) console.log('A lane stopped at its first failing step; the steps after it did not run.');
process.exit(ranAll && results.every(({ ok }) => ok) ? 0 : 1);
