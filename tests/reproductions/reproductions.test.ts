// Every reproduction runs on a real PostgreSQL and must raise its entry's code with the output
// recorded in src/data/postgresql/observations.json. `npm run reproduce` records that output.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stableObservation, type Observation } from '../../src/lib/reproduction/observations';
import { scenarios } from '../../src/lib/reproduction/scenarios';
import { reproductionCases, type ReproductionCase } from './cases';
import { startPostgres, type RunningServer } from './postgres-server';
import { runScenario, runSql } from './run';

const observationsFile = join(import.meta.dirname, '../../src/data/postgresql/observations.json');
const recording = process.env.REPRODUCE === 'record';
const recorded = JSON.parse(readFileSync(observationsFile, 'utf8')) as { server: string; observed: Record<string, Observation> };
const observed: Record<string, Observation> = {};
const cases = reproductionCases();

let server: RunningServer;
let serverVersion = '';
beforeAll(async () => {
  server = await startPostgres();
  const client = await server.connect();
  serverVersion = (await client.query('SHOW server_version')).rows[0].server_version;
  await client.end();
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (recording) record();
});

/**
 * Writes what this run observed into observations.json, keeping the codes it did not run (a run
 * filtered with -t) and dropping codes that no longer have a reproduction.
 */
function record() {
  const current = JSON.parse(readFileSync(observationsFile, 'utf8')) as typeof recorded;
  const codes = new Set(cases.map((c) => c.code));
  const merged = { ...current.observed, ...observed };
  const kept = Object.entries(merged)
    .filter(([code]) => codes.has(code))
    .sort(([a], [b]) => a.localeCompare(b));
  const file = { server: `PostgreSQL ${serverVersion}`, observed: Object.fromEntries(kept) };
  writeFileSync(observationsFile, JSON.stringify(file, null, 1) + '\n');
}

async function run(c: ReproductionCase): Promise<Observation> {
  if ('sql' in c.reproduction) return runSql(server, `repro_${c.code.toLowerCase()}`, c.reproduction);
  const scenario = scenarios[c.reproduction.scenario];
  if (!scenario) throw new Error(`${c.file}: no scenario "${c.reproduction.scenario}" in src/lib/reproduction/scenarios.ts`);
  return runScenario(scenario);
}

describe.concurrent('reproductions on a real PostgreSQL', () => {
  test('the test server is PostgreSQL 18', () => {
    expect(serverVersion).toMatch(/^18\./);
  });

  test.for(cases)('$file raises $code', async (c) => {
    const observation = await run(c).catch((error: Error) => {
      throw new Error(`${c.file}: ${error.message}`);
    });
    expect(observation.sqlstate, `${c.file}: expected SQLSTATE ${c.code}, the server raised ${observation.sqlstate}: ${observation.message}`).toBe(c.code);
    observed[c.code] = observation;
    if (!recording) {
      const expected = recorded.observed[c.code];
      expect(expected, `${c.file}: no recorded output; run npm run reproduce`).toBeDefined();
      expect(stableObservation(observation), `${c.file}: the server's output differs from observations.json`).toEqual(stableObservation(expected!));
    }
  });
});
