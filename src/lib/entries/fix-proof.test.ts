import { describe, expect, test } from 'vitest';
import { apiFix, fixProof, fixProofLabel, MYSQL_UNTESTED } from './fix-proof';

const fix = { title: 'Add the index', when: 'Always.', lang: 'sql', code: 'CREATE INDEX ON orders (customer_id);', why: 'Because.' };
const check = { failing: 'SELECT 1;' };

describe('where a fix ran', () => {
  test('a PostgreSQL fix with a check ran on every major from its since on', () => {
    expect(fixProof({ check }, 'postgresql')).toEqual({ tested: ['14', '15', '16', '17', '18'] });
    expect(fixProof({ check: { ...check, since: 17 } }, 'postgresql')).toEqual({ tested: ['17', '18'] });
  });

  test('a MariaDB fix with a check ran on the MariaDB the tests start', () => {
    expect(fixProof({ check }, 'mariadb')).toEqual({ tested: ['10.11'] });
  });

  test('a PgBouncer fix with a check ran on the PgBouncer the tests start', () => {
    expect(fixProof({ check }, 'pgbouncer')).toEqual({ tested: ['1.18'] });
  });

  test('a fix without a check gives its reason', () => {
    expect(fixProof({ untested: 'An OS setting.' }, 'postgresql')).toEqual({ untested: 'An OS setting.' });
  });

  test('a MySQL fix without a reason of its own gets the reason every MySQL fix shares', () => {
    expect(fixProof({}, 'mysql')).toEqual({ untested: MYSQL_UNTESTED });
  });

  test('a PostgreSQL fix with neither is a bug the schema should have caught', () => {
    expect(() => fixProof({}, 'postgresql')).toThrow('a postgresql fix has neither');
  });
});

describe('the line under a fix', () => {
  test('names the servers it ran on', () => {
    expect(fixProofLabel({ tested: ['14', '15', '16', '17', '18'] }, 'postgresql')).toBe('Ran on PostgreSQL 14 to 18');
    expect(fixProofLabel({ tested: ['10.11'] }, 'mariadb')).toBe('Ran on MariaDB 10.11');
    expect(fixProofLabel({ tested: ['1.18'] }, 'pgbouncer')).toBe('Ran on PgBouncer 1.18');
  });

  test('is absent for a fix that did not run', () => {
    expect(fixProofLabel({ untested: 'An OS setting.' }, 'postgresql')).toBeUndefined();
  });
});

describe('a fix in the API', () => {
  test('carries its text and either tested or untested', () => {
    expect(apiFix({ ...fix, check }, 'postgresql')).toEqual({ ...fix, tested: ['14', '15', '16', '17', '18'] });
    expect(apiFix({ ...fix, untested: 'Application code.' }, 'postgresql')).toEqual({ ...fix, untested: 'Application code.' });
  });
});
