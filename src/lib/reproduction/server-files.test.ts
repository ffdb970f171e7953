import { describe, expect, test } from 'vitest';
import { CLUSTER_ROLES, CLUSTER_SETTINGS, serverFiles, sharedState } from './server-files';

describe('serverFiles', () => {
  test('finds the files COPY writes and reads', () => {
    const sql = "COPY (SELECT 1) TO '/tmp/orders.bin' WITH (FORMAT binary);\nCOPY orders FROM '/tmp/orders.bin' WITH (FORMAT binary);";
    expect(serverFiles(sql)).toEqual(['/tmp/orders.bin']);
  });

  test('ignores strings that are not absolute paths', () => {
    expect(serverFiles("SELECT 'a/b', 'gzip -dc /tmp/x.gz', '/'")).toEqual([]);
  });
});

describe('sharedState', () => {
  test('marks runs that create or change roles, which the whole cluster shares', () => {
    expect(sharedState('CREATE ROLE app;\nGRANT SELECT ON orders TO app;')).toEqual([CLUSTER_ROLES]);
    expect(sharedState('create user reporting')).toEqual([CLUSTER_ROLES]);
  });

  test('marks runs that change server-wide settings', () => {
    expect(sharedState("ALTER SYSTEM SET work_mem = '64MB';")).toEqual([CLUSTER_SETTINGS]);
    expect(sharedState("ALTER ROLE ALL SET statement_timeout = '5s';")).toEqual([CLUSTER_ROLES, CLUSTER_SETTINGS]);
  });

  test('keeps the server files, and leaves a run that touches only its own database unmarked', () => {
    expect(sharedState("COPY orders TO '/tmp/o.csv';")).toEqual(['/tmp/o.csv']);
    expect(sharedState('CREATE TABLE orders (id int); SET ROLE postgres;')).toEqual([]);
  });
});
