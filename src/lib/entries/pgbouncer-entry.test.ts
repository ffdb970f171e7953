import { describe, expect, test } from 'vitest';
import { pgBouncerEntrySchema } from './pgbouncer-entry';

const reproduction = { pooler: { settings: { max_client_conn: 1 } }, steps: [{ session: 'holder', connect: {} }, { sql: 'SELECT 1' }] };
const fix = { title: 'Raise max_client_conn', when: 'The clients are expected.', lang: 'ini', code: 'max_client_conn = 2', why: 'Two clients fit.' };
const valid = {
  slug: 'no-more-connections-allowed-max_client_conn',
  summary: 'PgBouncer refused a client because max_client_conn clients are already connected.',
  causes: [{ title: 'Too many application processes', detail: 'Each keeps a pool.' }],
  reproduction,
  fixes: [{ ...fix, check: { pooler: { settings: { max_client_conn: 2 } } } }],
  related: [{ sqlstate: '53300', note: 'PostgreSQL’s own limit.' }],
  sources: [{ title: 'PgBouncer configuration', url: 'https://www.pgbouncer.org/config.html' }],
};

/** Every problem zod reports, as "path: message". */
function problems(entry: unknown): string[] {
  const result = pgBouncerEntrySchema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('PgBouncer entries', () => {
  test('accept a complete entry', () => {
    expect(problems(valid)).toEqual([]);
  });

  test('refuse a slug the data does not hold, saying where to copy it from', () => {
    expect(problems({ ...valid, slug: 'too-many-clients' })).toEqual([
      'slug: PgBouncer sends no message with slug "too-many-clients"; copy the slug from src/data/pgbouncer/messages.json',
    ]);
  });

  test('refuse a fix that says neither how it ran nor why it could not', () => {
    expect(problems({ ...valid, fixes: [fix] })).toEqual([
      'fixes.0: say how the tests prove this fix: `check: { pooler, steps }` that runs it on the real pooler, or `untested: "<why it cannot run here>"`',
    ]);
  });

  test('refuse a fix check that changes nothing', () => {
    expect(problems({ ...valid, fixes: [{ ...fix, check: {} }] })).toEqual([
      'fixes.0.check: say what the fix changes: `pooler` (settings) and/or `steps` (what the client does instead)',
    ]);
  });

  test('refuse a fix check when there is no reproduction to run before it', () => {
    expect(problems({ ...valid, reproduction: { unavailable: 'Gone since 1.17.' } })).toEqual([
      'fixes.0.check: a fix check runs the reproduction before and after the fix, and this entry has none; say why in `untested`',
    ]);
  });

  test('refuse a step that does nothing, and a long wait', () => {
    expect(problems({ ...valid, reproduction: { steps: [{ session: 'app' }, { idle: 30 }] } })).toEqual([
      'reproduction.steps.0: a step does something: `connect`, `sql` and/or `idle`',
      'reproduction.steps.1.idle: keep waits short: the whole PgBouncer test file must run in about a minute',
    ]);
  });

  test('refuse a setting name that is not one', () => {
    expect(problems({ ...valid, reproduction: { ...reproduction, pooler: { settings: { 'Max Client Conn': 1 } } } })).toEqual([
      'reproduction.pooler.settings.Max Client Conn: must be a pgbouncer.ini setting name such as "max_client_conn"',
    ]);
  });

  test('refuse a check that says two outcomes, or an unknown message', () => {
    const check = { claim: 'The limit counts clients', steps: reproduction.steps };
    expect(problems({ ...valid, checks: [{ ...check, returns: '1', sqlstate: '53300' }, { ...check, raises: 'max_client_conn' }] })).toEqual([
      'checks.0: say what the last step must get: `raises: <PgBouncer slug>` and/or `sqlstate: "<code>"`, or `returns: "<value>"`',
      'checks.1.raises: PgBouncer sends no message with slug "max_client_conn"; copy the slug from src/data/pgbouncer/messages.json',
    ]);
  });

  test('refuse related errors that do not exist, or the entry itself', () => {
    expect(problems({ ...valid, related: [{ sqlstate: '99999', note: 'x' }, { slug: valid.slug, note: 'x' }, { slug: 'query_wait_timeout', sqlstate: '53300', note: 'x' }] })).toEqual([
      'related.2: give `slug: <PgBouncer message>` or `sqlstate: "<code>"`, one of the two',
      'related.0.sqlstate: PostgreSQL defines no SQLSTATE "99999"',
      'related.1.slug: an entry cannot be related to itself',
    ]);
  });

  test('refuse a reproduction that both runs and cannot run', () => {
    expect(problems({ ...valid, fixes: [{ ...fix, untested: 'x' }], reproduction: { ...reproduction, unavailable: 'Gone since 1.17.' } })).toEqual([
      'reproduction: give `steps` (and `pooler`) that raise the message, or `unavailable: "<why>"`, one of the two',
      'reproduction.pooler: a reproduction that cannot run has no pooler',
    ]);
  });

  test('name a missing section by its purpose', () => {
    const { sources: _, reproduction: __, ...without } = valid;
    expect(problems(without)).toEqual([
      'reproduction: is missing: give { pooler, steps } or { unavailable: "why" }',
      'sources: is missing: link the PgBouncer documentation pages and source lines behind the entry',
    ]);
  });
});
