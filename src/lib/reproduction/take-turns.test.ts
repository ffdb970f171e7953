import { describe, expect, test } from 'vitest';
import { oneAtATime } from './take-turns';

describe('oneAtATime', () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  /** Tasks that write down when they start and end. */
  const recorder = () => {
    const events: string[] = [];
    const task = (name: string) => async () => {
      events.push(`${name} starts`);
      await tick();
      events.push(`${name} ends`);
    };
    return { events, task };
  };

  test('runs tasks that share a key one after the other', async () => {
    const take = oneAtATime();
    const { events, task } = recorder();
    await Promise.all([take(['/tmp/a'], task('first')), take(['/tmp/a'], task('second'))]);
    expect(events).toEqual(['first starts', 'first ends', 'second starts', 'second ends']);
  });

  test('runs tasks with different keys at the same time', async () => {
    const take = oneAtATime();
    const { events, task } = recorder();
    await Promise.all([take(['/tmp/a'], task('first')), take(['/tmp/b'], task('second'))]);
    expect(events.slice(0, 2)).toEqual(['first starts', 'second starts']);
  });

  test('lets the next task run after one fails', async () => {
    const take = oneAtATime();
    const failed = take(['/tmp/a'], () => Promise.reject(new Error('boom')));
    await expect(failed).rejects.toThrow('boom');
    await expect(take(['/tmp/a'], async () => 'ran')).resolves.toBe('ran');
  });
});
