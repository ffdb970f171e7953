import { describe, expect, test } from 'vitest';
import { describeReading, RAISER_RULES, readErrno } from './errno-rules';
import { errnoRaisers, findSqlState } from './facts';

describe('readErrno', () => {
  test('reads the errno text %m printed: ENOENT is 58P01, EACCES 42501, ENOSPC 53100', () => {
    const format = 'could not open file "%s": %m';
    expect(readErrno('errcode_for_file_access()', format, 'could not open file "base/1/2": No such file or directory').code).toBe('58P01');
    expect(readErrno('errcode_for_file_access()', format, 'could not open file "base/1/2": Permission denied').code).toBe('42501');
    expect(readErrno('errcode_for_file_access()', format, 'could not write to file "x": No space left on device').code).toBe('53100');
  });

  test('tells ENFILE from EMFILE, whose text begins it', () => {
    expect(readErrno('errcode_for_file_access()', '', 'Too many open files in system').by?.errno).toBe('ENFILE');
    expect(readErrno('errcode_for_file_access()', '', 'Too many open files').by?.errno).toBe('EMFILE');
  });

  test('reads ENOMEM as 53200 for shared memory too, and EFBIG there only', () => {
    expect(readErrno('errcode_for_dynamic_shared_memory()', '', 'could not resize shared memory segment: File too large').code).toBe('53200');
    expect(readErrno('errcode_for_file_access()', '', 'File too large').code).toBeUndefined();
  });

  test('reads the ENOENT the WAL sender implies for a removed segment', () => {
    const reading = readErrno('errcode_for_file_access()', 'requested WAL segment %s has already been removed', 'requested WAL segment 0000000100000000000000A1 has already been removed');
    expect(reading).toMatchObject({ code: '58P01', by: { errno: 'ENOENT' } });
    expect(describeReading('errcode_for_file_access()', reading)).toBe('ENOENT (No such file or directory) → 58P01, by errcode_for_file_access()');
  });

  test('reads a logical replication conflict by its kind', () => {
    expect(readErrno('errcode_apply_conflict()', '', 'conflict detected on relation "public.t": conflict=insert_exists').code).toBe('23505');
    expect(readErrno('errcode_apply_conflict()', '', 'conflict detected on relation "public.t": conflict=update_missing').code).toBe('40001');
  });

  test('says so when the paste names no errno', () => {
    expect(readErrno('errcode_for_file_access()', 'could not open file "%s": %m', 'could not open file "x"')).toEqual({});
    expect(describeReading('errcode_for_file_access()', {})).toBe('its code follows errno, as errcode_for_file_access() maps it');
  });
});

describe('RAISER_RULES', () => {
  test('has a rule for every raiser in the data, and only codes each raiser can give', () => {
    for (const raiser of errnoRaisers()) {
      const rule = RAISER_RULES[raiser.function];
      expect(rule, raiser.function).toBeDefined();
      const given = [...rule!.cases.map((c) => c.code), ...(rule!.otherwise ? [rule!.otherwise] : [])];
      expect(given.filter((code) => !raiser.codes.includes(code) || !findSqlState(code)), raiser.function).toEqual([]);
    }
  });
});
