import { describe, expect, test } from 'vitest';
import { fixAsRun, majorsOfFix } from './fix-run';

describe('the SQL a fix check runs', () => {
  test('is the fix as shown when it has no placeholders', () => {
    expect(fixAsRun('CREATE INDEX ON orders (customer_id);', {})).toBe('CREATE INDEX ON orders (customer_id);');
  });

  test('binds every occurrence of each placeholder', () => {
    const code = 'GRANT SELECT ON <table> TO <role>;\nGRANT USAGE ON SCHEMA public TO <role>;';
    expect(fixAsRun(code, { bind: { '<table>': 'orders', '<role>': 'app' } })).toBe(
      'GRANT SELECT ON orders TO app;\nGRANT USAGE ON SCHEMA public TO app;',
    );
  });

  test('sets a fragment inside the SQL around it, after binding', () => {
    const within = 'DO $$ BEGIN\n{{fix}}\nEND $$;';
    expect(fixAsRun('PERFORM pay(:id);', { bind: { ':id': '42' }, within })).toBe('DO $$ BEGIN\nPERFORM pay(42);\nEND $$;');
  });
});

describe('the majors a fix check runs on', () => {
  test('are all supported majors by default', () => {
    expect(majorsOfFix({})).toEqual([14, 15, 16, 17, 18]);
  });

  test('start at the first major that has what the fix uses', () => {
    expect(majorsOfFix({ since: 16 })).toEqual([16, 17, 18]);
  });
});
