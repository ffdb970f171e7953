import { describe, expect, test } from 'vitest';
import { serverFiles } from './server-files';

describe('serverFiles', () => {
  test('finds the files COPY writes and reads', () => {
    const sql = "COPY (SELECT 1) TO '/tmp/orders.bin' WITH (FORMAT binary);\nCOPY orders FROM '/tmp/orders.bin' WITH (FORMAT binary);";
    expect(serverFiles(sql)).toEqual(['/tmp/orders.bin']);
  });

  test('ignores strings that are not absolute paths', () => {
    expect(serverFiles("SELECT 'a/b', 'gzip -dc /tmp/x.gz', '/'")).toEqual([]);
  });
});
