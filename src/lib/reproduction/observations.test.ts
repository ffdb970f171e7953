import { describe, expect, test } from 'vitest';
import { psqlText, stableObservation } from './observations';

describe('psqlText', () => {
  test('prints an error as psql does', () => {
    expect(psqlText({ sqlstate: '23505', severity: 'ERROR', message: 'duplicate key value violates unique constraint "users_email_key"', detail: 'Key (email)=(a@example.com) already exists.' })).toBe(
      'ERROR:  duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(a@example.com) already exists.',
    );
  });
});

describe('stableObservation', () => {
  test('masks process and transaction IDs that change from run to run', () => {
    const observed = { sqlstate: '40P01', severity: 'ERROR', message: 'deadlock detected', detail: 'Process 4242 waits for ShareLock on transaction 771; blocked by process 4243.' };
    expect(stableObservation(observed).detail).toBe('Process N waits for ShareLock on transaction N; blocked by process N.');
  });

  test('keeps everything else exactly', () => {
    const observed = { sqlstate: '23505', severity: 'ERROR', message: 'duplicate key value violates unique constraint "users_email_key"' };
    expect(stableObservation(observed)).toEqual(observed);
  });
});
