// The written PgBouncer entries (content/pgbouncer/*.mdx) on a real PgBouncer (Debian's 1.18) in
// front of the embedded PostgreSQL. Each reproduction's last step must receive the entry's own
// message, with the SQLSTATE and severity the data gives, and psql and node-postgres must print
// what src/data/pgbouncer/observations/<slug>.json holds (`npm run reproduce` records it). Each
// claim must hold, and each fix with a check must turn the reproduction, which raised the message,
// into a run whose last step succeeds, with the fix's settings or client steps. The PostgreSQL
// entries' claims about their code behind the pooler (`poolerChecks`) run here with the PgBouncer
// entries' own claims.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findPgBouncerMessage, pgBouncerMessageFor } from '../../src/lib/databases/pgbouncer/facts';
import type { PgBouncerEntry } from '../../src/lib/entries/pgbouncer-entry';
import type { PoolerScenario } from '../../src/lib/entries/pooler-scenario';
import type { PoolerObservation } from '../../src/lib/reproduction/pgbouncer-observations';
import { pgBouncerEntries, poolerCheckCases, type PoolerCheckCase } from './cases';
import { startPostgres, type RunningServer } from './postgres-server';
import { pgbouncerMissing } from './pgbouncer-server';
import { removeCertificate, runScenario, type ScenarioRun, type StepOutcome } from './pgbouncer-run';

const observationsDir = join(import.meta.dirname, '../../src/data/pgbouncer/observations');
const observationFile = (slug: string) => join(observationsDir, `${slug}.json`);
const recording = process.env.REPRODUCE === 'record';
const missing = pgbouncerMissing();
if (missing) console.warn(`Skipping the PgBouncer entries' reproductions: ${missing}.`);

const entries = pgBouncerEntries();
const runnable = entries.flatMap(({ file, entry }) => (entry.reproduction.steps ? [{ file, entry, scenario: entry.reproduction as PoolerScenario }] : []));

let server: RunningServer;
const observed = new Map<string, PoolerObservation>();
beforeAll(async () => {
  if (!missing) server = await startPostgres();
}, 120_000);
afterAll(async () => {
  if (recording && !missing) record();
  await removeCertificate();
  await server?.stop();
}, 60_000);

/** Writes what this run printed, one file per entry with a reproduction; files of entries without one go. */
function record() {
  mkdirSync(observationsDir, { recursive: true });
  for (const [slug, file] of observed) writeFileSync(observationFile(slug), JSON.stringify(file, null, 1) + '\n');
  const slugs = new Set(runnable.map(({ entry }) => entry.slug));
  for (const name of readdirSync(observationsDir)) if (!slugs.has(name.replace(/\.json$/, ''))) rmSync(join(observationsDir, name));
}

const reproductions = new Map<string, Promise<ScenarioRun>>();

/** The entry's reproduction, run once: its test records it, and each fix check starts from it. */
function reproduce(file: string, slug: string, scenario: PoolerScenario) {
  if (!reproductions.has(slug)) reproductions.set(slug, runScenario(server, scenario, file, { psql: true }));
  return reproductions.get(slug)!;
}

const described = ({ errors, value }: StepOutcome) =>
  errors.length > 0 ? errors.map((e) => `${e.severity ?? ''} ${e.code ?? ''}: ${e.message}`.trim()).join(' then ') : `no error (${value ?? 'no rows'})`;

/**
 * The errors the pooler or the server sent (they carry a SQLSTATE; node-postgres's own about the
 * closed socket do not), sorted: a FATAL that comes as an event and one that rejects a query reach
 * the driver in an order that changes from run to run.
 */
const sent = ({ errors }: StepOutcome) =>
  errors.filter((error) => error.code !== undefined).sort((a, b) => `${a.code} ${a.message}`.localeCompare(`${b.code} ${b.message}`));

/** The PgBouncer messages the last step received, by slug: a client's, or the admin console's for a session on it. */
const slugsOf = ({ errors }: StepOutcome) =>
  errors.flatMap((error) => [false, true].flatMap((console) => pgBouncerMessageFor(error.message, { console })?.slug ?? []));

describe.skipIf(Boolean(missing)).concurrent('PgBouncer entries reproduced on a real pooler', () => {
  test.for(runnable)('$file raises its message', async ({ file, entry, scenario }) => {
    const run = await reproduce(file, entry.slug, scenario);
    const message = findPgBouncerMessage(entry.slug)!;
    const received = run.last.errors.find((error) => pgBouncerMessageFor(error.message, { console: message.console })?.slug === entry.slug);
    expect(received, `${file}: expected "${message.format}", got ${described(run.last)}`).toBeDefined();
    expect({ code: received!.code, severity: received!.severity }, `${file}: the SQLSTATE and severity differ from the data`).toEqual({
      code: message.sqlstate,
      severity: message.severity,
    });
    if (run.psql !== undefined) expect(run.psql, `${file}: psql did not print the message`).toContain(received!.message);
    const observation: PoolerObservation = { pooler: run.version, node: sent(run.last), ...(run.psql !== undefined && { psql: run.psql }) };
    observed.set(entry.slug, observation);
    if (!recording) {
      const path = observationFile(entry.slug);
      expect(existsSync(path), `${file}: no recorded output; run npm run reproduce -- tests/reproductions/pgbouncer-entries.test.ts`).toBe(true);
      const recorded = JSON.parse(readFileSync(path, 'utf8')) as PoolerObservation;
      expect({ node: observation.node, psql: observation.psql }, `${file}: the pooler's output differs from observations/${entry.slug}.json`).toEqual({ node: recorded.node, psql: recorded.psql });
    }
  });
});

const checks: PoolerCheckCase[] = [
  ...entries.flatMap(({ file, entry }) => entry.checks.map((check, index) => ({ file, field: 'checks' as const, index, check }))),
  ...poolerCheckCases(),
];

describe.skipIf(Boolean(missing)).concurrent('PgBouncer claims checked on a real pooler', () => {
  test.for(checks)('$file, $field $index: $check.claim', async ({ file, field, index, check }) => {
    const where = `${file}, ${field}[${index}] ("${check.claim}")`;
    const { last } = (await runScenario(server, check, where)) as { last: StepOutcome };
    if (check.raises !== undefined) expect(slugsOf(last), `${where}: got ${described(last)}`).toContain(check.raises);
    if (check.sqlstate !== undefined) {
      const received = last.errors.find((error) => error.code === check.sqlstate);
      expect(received, `${where}: got ${described(last)}`).toBeDefined();
      if (check.message !== undefined) expect(received!.message, `${where}: the ${check.sqlstate} carried another message`).toContain(check.message);
    }
    if (check.returns !== undefined) {
      expect(last.errors, `${where}: got ${described(last)}`).toEqual([]);
      expect(last.value, where).toBe(check.returns);
    }
  });
});

/** The reproduction with a fix's changes: its settings over the reproduction's, its steps instead. */
function fixed(scenario: PoolerScenario, check: NonNullable<PgBouncerEntry['fixes'][number]['check']>): PoolerScenario {
  const pooler = { ...scenario.pooler, ...check.pooler, settings: { ...scenario.pooler?.settings, ...check.pooler?.settings } };
  return { pooler, steps: check.steps ?? scenario.steps };
}

const fixes = runnable.flatMap(({ file, entry, scenario }) =>
  entry.fixes.flatMap(({ title, check }, index) => (check ? [{ file, slug: entry.slug, scenario, index, title, check }] : [])),
);

describe.skipIf(Boolean(missing)).concurrent('PgBouncer fixes run on a real pooler', () => {
  test.for(fixes)('$file, fix $index: $title', async ({ file, slug, scenario, index, title, check }) => {
    const where = `${file}, fixes[${index}] ("${title}")`;
    const [before, after] = await Promise.all([reproduce(file, slug, scenario), runScenario(server, fixed(scenario, check), where)]);
    expect(slugsOf(before.last), `${where}: before the fix, expected the entry's message, got ${described(before.last)}`).toContain(slug);
    expect(after.last.errors, `${where}: after the fix, got ${described(after.last)}`).toEqual([]);
    if (check.returns !== undefined) expect(after.last.value, where).toBe(check.returns);
  });
});
