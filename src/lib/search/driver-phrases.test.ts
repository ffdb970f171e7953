import { describe, expect, test } from 'vitest';
import { DRIVER_PHRASES, driverPhrasesIn } from './driver-phrases';
import { buildSearchIndex } from './build-index';

describe('driverPhrasesIn', () => {
  test("finds a driver's own words anywhere in a paste, in any case", () => {
    expect(driverPhrasesIn("[Error: Connection lost: The server closed the connection.] fatal: true, code: 'PROTOCOL_CONNECTION_LOST'").map((p) => p.key)).toEqual(['mysql/2013', 'mysql/2013']);
    expect(driverPhrasesIn('Error: Connection terminated unexpectedly').map((p) => p.key)).toEqual(['08006']);
  });

  test('finds Prisma’s code only as a whole word', () => {
    expect(driverPhrasesIn("Error: P1001: Can't reach database server at `localhost`:`5432`").map((p) => p.key)).toEqual(['08001']);
    expect(driverPhrasesIn('P10010')).toEqual([]);
  });
});

describe('DRIVER_PHRASES', () => {
  test('points only at pages the site has, each with its source', () => {
    const keys = new Set(buildSearchIndex(new Map()).codes.map(([key]) => key));
    expect(DRIVER_PHRASES.filter((p) => !keys.has(p.key) || !p.source)).toEqual([]);
  });
});
