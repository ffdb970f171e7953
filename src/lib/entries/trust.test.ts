import { describe, expect, it } from 'vitest';
import { checkedOn, trustLine } from './trust';

describe('checkedOn', () => {
  it('names the PostgreSQL majors the reproduction raised the code on', () => {
    expect(checkedOn({ server: 'postgresql', reproducedOn: ['14', '15', '16', '17', '18'], fixes: [] })).toBe('Reproduced on PostgreSQL 14 to 18');
    expect(checkedOn({ server: 'postgresql', reproducedOn: ['17', '18'], fixes: [{ tested: ['14'] }] })).toBe('Reproduced on PostgreSQL 17 to 18');
  });

  it('falls back to the majors its fixes ran on, then says nothing ran', () => {
    expect(checkedOn({ server: 'postgresql', reproducedOn: [], fixes: [{ tested: ['16', '17', '18'] }, { untested: 'needs a replica' }, { tested: ['15', '18'] }] })).toBe(
      'Fixes checked on PostgreSQL 15 to 18',
    );
    expect(checkedOn({ server: 'postgresql', reproducedOn: [], fixes: [{ untested: 'needs a replica' }] })).toBe(
      "Not run on a server: read from PostgreSQL's source and documentation",
    );
  });

  it('names the MariaDB release of the tests', () => {
    expect(checkedOn({ server: 'mariadb', reproducedOn: ['10.11'], fixes: [] })).toBe('Reproduced on MariaDB 10.11');
    expect(checkedOn({ server: 'mariadb', reproducedOn: [], fixes: [{ tested: ['10.11'] }] })).toBe('Fixes checked on MariaDB 10.11');
  });

  it('names the PgBouncer release the reproduction ran on, or the one its fixes ran on', () => {
    expect(checkedOn({ server: 'pgbouncer', reproducedOn: ['1.18.0'], fixes: [] })).toBe('Reproduced on PgBouncer 1.18.0');
    expect(checkedOn({ server: 'pgbouncer', reproducedOn: [], fixes: [{ tested: ['1.18'] }] })).toBe('Fixes checked on PgBouncer 1.18');
  });

  it('says a MySQL entry rests on the manual and source, and what MariaDB confirmed', () => {
    expect(checkedOn({ server: 'mysql', reproducedOn: [], fixes: [], reproducedOnMariaDB: true })).toBe(
      "Rests on MySQL's manual and source: no MySQL server runs in this site's tests; its reproduction raises the same error on MariaDB 10.11 in the tests",
    );
    expect(checkedOn({ server: 'mysql', reproducedOn: [], fixes: [] })).toBe("Rests on MySQL's manual and source: no MySQL server runs in this site's tests");
  });
});

describe('trustLine', () => {
  it('leads with the day of the last change, and leaves it out when the history is unknown', () => {
    expect(trustLine({ server: 'mariadb', reproducedOn: ['10.11'], fixes: [], lastChanged: '2026-12-07T19:50:37+00:00' })).toBe(
      'Last changed 7 December 2026. Reproduced on MariaDB 10.11.',
    );
    expect(trustLine({ server: 'mariadb', reproducedOn: ['10.11'], fixes: [] })).toBe('Reproduced on MariaDB 10.11.');
  });
});
