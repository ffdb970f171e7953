import { describe, expect, test } from 'vitest';
import { chosenFrom, errnoRaisersOf, messagesOf, spellingsOf, sqlStates } from './facts';

describe('chosenFrom', () => {
  test('says file-access errors take their code from errno', () => {
    const fileAccess = errnoRaisersOf('58P01').find((r) => r.function === 'errcode_for_file_access()')!;
    expect(chosenFrom(fileAccess)).toMatch(/error number/);
  });

  test('says 23505 in logical replication comes from the kind of conflict, not errno', () => {
    const [conflict] = errnoRaisersOf('23505');
    expect(conflict!.function).toBe('errcode_apply_conflict()');
    expect(chosenFrom(conflict!)).toBe('the kind of conflict a logical replication worker detected');
  });
});

describe('spellingsOf', () => {
  test('gives the current wording first, then the older ones with their versions', () => {
    const reworded = sqlStates.flatMap((s) => messagesOf(s.code)).find((m) => m.olderSpellings?.length)!;
    const spellings = spellingsOf(reworded);
    expect(spellings[0]).toMatchObject({ format: reworded.format, versions: reworded.versions });
    expect(spellings.slice(1)).toEqual(reworded.olderSpellings);
  });
});
