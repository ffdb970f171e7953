import { describe, expect, test } from 'vitest';
import { counted } from './words';

describe('counted', () => {
  test('keeps the noun singular for one', () => {
    expect(counted(1, 'message')).toBe('1 message');
  });

  test('puts the noun in the plural for any other count', () => {
    expect(counted(0, 'message')).toBe('0 messages');
    expect(counted(207, 'message')).toBe('207 messages');
  });

  test('takes an irregular plural', () => {
    expect(counted(2, 'entry', 'entries')).toBe('2 entries');
  });
});
