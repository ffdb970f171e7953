// npm test, in two lanes that run side by side: vitest (unit tests, content checks, reproductions
// and drivers, which spend most of their time waiting on database servers) and the browser lane
// (the type check, the site build, then Playwright against that build). Neither reads what the
// other writes, and run one after the other they took twice as long on 2 cores. The browser lane's
// output is held back and printed after vitest's, so the two never interleave; each step's time
// is printed at the end.
import { spawn } from 'node:child_process';

/** Runs a command; with `hold`, keeps its output to print later instead of passing it through. */
function step(name, command, args, { hold }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (hold) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, ok: false, output: `${output}${error.message}\n`, seconds: (Date.now() - started) / 1000 }));
    child.on('close', (code) => resolve({ name, ok: code === 0, output, seconds: (Date.now() - started) / 1000 }));
  });
}

/** The browser lane: each step only if the one before passed. */
async function browserLane() {
  const steps = [
    ['astro check', 'astro', ['check', '--minimumSeverity', 'error']],
    ['build', 'npm', ['run', '--silent', 'build']],
    ['playwright', 'playwright', ['test']],
  ];
  const done = [];
  for (const [name, command, args] of steps) {
    const result = await step(name, command, args, { hold: true });
    done.push(result);
    if (!result.ok) break;
  }
  return done;
}

const [vitest, browser] = await Promise.all([step('vitest', 'vitest', ['run'], { hold: false }), browserLane()]);
for (const { name, output } of browser) process.stdout.write(`\n── ${name} ──\n${output}`);
const results = [vitest, ...browser];
console.log(`\n${results.map(({ name, ok, seconds }) => `${ok ? 'passed' : 'FAILED'}  ${name}  ${seconds.toFixed(0)} s`).join('\n')}`);
const ranAll = browser.length === 3;
if (!ranAll) console.log('The browser lane stopped at its first failing step.');
process.exit(results.every(({ ok }) => ok) && ranAll ? 0 : 1);
