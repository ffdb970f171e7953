import { describe, expect, test } from 'vitest';
import { detailsOf } from './message-details';

describe('detailsOf', () => {
  test("gives each code's DETAIL lines under a message three codes share", () => {
    const detailsUnder = (code: string) => detailsOf(code).find((m) => m.format === 'database files are incompatible with server')?.details.map((d) => d.format) ?? [];
    expect(detailsUnder('22023')).toContain('The data directory was initialized by PostgreSQL version %s, which is not compatible with this version %s.');
    expect(detailsUnder('XX000')).toContain('The database cluster was initialized with CATALOG_VERSION_NO %d, but the server was compiled with CATALOG_VERSION_NO %d.');
    expect(detailsUnder('55000').length).toBeGreaterThan(0);
  });

  test('keeps the versions and call sites of a HINT', () => {
    const hint = detailsOf('XX000')
      .find((m) => m.format === 'database files are incompatible with server')
      ?.hints.find((h) => h.format === 'It looks like you need to initdb.');
    expect(hint?.versions).toContain('16');
    expect(hint?.locations[0]).toMatch(/^src\/backend\/.+\.c:\d+$/);
  });

  test('has nothing for a code without DETAIL or HINT lines', () => {
    expect(detailsOf('no such code')).toEqual([]);
  });
});
