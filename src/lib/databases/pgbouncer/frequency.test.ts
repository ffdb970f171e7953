import { describe, expect, test } from 'vitest';
import data from '../../../data/pgbouncer/frequency.json' with { type: 'json' };
import { mostFrequentPgBouncerMessages, parsePgBouncerFrequency } from './frequency';

describe('PgBouncer message frequency', () => {
  test('ranks the pooler’s connection failures first, each count backed by its addresses', () => {
    const top = mostFrequentPgBouncerMessages(3);
    expect(top.map((r) => r.slug)).toEqual(['pgbouncer-cannot-connect-to-server', 'unsupported-startup-parameter', 'server-conn-crashed']);
    expect(top[0]!.issues).toContain('https://github.com/pgbouncer/pgbouncer/issues/582');
  });

  test('keeps every message tied with the last one at the cut', () => {
    const five = mostFrequentPgBouncerMessages(5);
    expect(five.map((r) => r.slug)).toContain('query_wait_timeout'); // tied at 5 with max_client_conn
    expect(five).toHaveLength(6);
  });

  test('a count that disagrees with its addresses, or an unknown slug, fails naming the field', () => {
    const miscounted = structuredClone(data);
    miscounted.ranking[0]!.count = 99;
    expect(() => parsePgBouncerFrequency(miscounted, 'f.json')).toThrow(/^f\.json: ranking\.0\.count: count must equal/);
    const unknown = structuredClone(data);
    unknown.ranking[1]!.slug = 'no-such-message';
    expect(() => parsePgBouncerFrequency(unknown, 'f.json')).toThrow(/^f\.json: ranking\.1\.slug: is not the slug/);
  });
});
