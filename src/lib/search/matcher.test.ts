import { describe, expect, test } from 'vitest';
import { compileFormat, matchFormats, patternOf } from './matcher';

describe('compileFormat', () => {
  test('matches a message whose placeholders hold real identifiers', () => {
    const pattern = patternOf(compileFormat('duplicate key value violates unique constraint "%s"'));
    expect(pattern.test('duplicate key value violates unique constraint "orders_pkey"')).toBe(true);
  });

  test('takes only numbers where the format has %d', () => {
    const pattern = patternOf(compileFormat('nextval: reached maximum value of sequence "%s" (%lld)'));
    expect(pattern.test('nextval: reached maximum value of sequence "invoice_seq" (9999)')).toBe(true);
    expect(pattern.test('nextval: reached maximum value of sequence "invoice_seq" (lots)')).toBe(false);
  });

  test('understands PostgreSQL 18 64-bit conversions such as %<PRId64>', () => {
    const pattern = patternOf(compileFormat('backend with PID %d did not terminate within %<PRId64> milliseconds'));
    expect(pattern.test('backend with PID 42 did not terminate within 5000 milliseconds')).toBe(true);
  });

  test('treats regular-expression characters in a format as text', () => {
    const pattern = patternOf(compileFormat('syntax error at or near "%s" (line %d)'));
    expect(pattern.test('syntax error at or near "(" (line 3)')).toBe(true);
    expect(pattern.test('syntax error at or near "(" line 3')).toBe(false);
  });

  test('anchors a format on its longest literal text', () => {
    expect(compileFormat('relation "%s" does not exist').anchor).toBe('" does not exist');
  });

  test('keeps %% as a percent sign', () => {
    expect(compileFormat('value must be at most 100%%').literal).toBe('value must be at most 100%');
  });
});

describe('matchFormats', () => {
  const formats = ['relation "%s" does not exist', '%s', 'column "%s" does not exist', 'sorry, too many clients already'].map((format) => compileFormat(format));

  test('finds the format a pasted message is an instance of', () => {
    expect(matchFormats('relation "accounts" does not exist', formats)[0]?.index).toBe(0);
  });

  test('never lets a format that is all placeholders match', () => {
    expect(matchFormats('anything at all', formats).map((h) => h.index)).not.toContain(1);
  });

  test('finds a format from a fragment of its text', () => {
    expect(matchFormats('too many clients', formats)[0]?.index).toBe(3);
  });

  test('finds a format from its words typed without identifiers or quotes', () => {
    expect(matchFormats('column does not exist', formats)[0]?.index).toBe(2);
  });

  test('finds a format typed without its quotes, the identifier given bare', () => {
    expect(matchFormats('relation accounts does not exist', formats)[0]?.index).toBe(0);
  });

  test('ranks a message typed without quotes under the same message pasted', () => {
    const [typed] = matchFormats('relation accounts does not exist', formats);
    const [pasted] = matchFormats('relation "accounts" does not exist', formats);
    expect(typed!.score).toBeLessThan(pasted!.score);
  });

  test('ignores queries too short to mean anything', () => {
    expect(matchFormats('a', formats)).toEqual([]);
  });
});

describe('MySQL and MariaDB formats', () => {
  test("match MariaDB's %sT and %`s placeholders", () => {
    const duplicate = compileFormat("Duplicate entry '%-.64sT' for key '%-.192s'", 'mariadb');
    expect(patternOf(duplicate).test("Duplicate entry 'a@example.com' for key 'email'")).toBe(true);
    const quoted = compileFormat('Range partition table %`s.%`s: adding INTERVAL partition(s) failed', 'mariadb');
    expect(patternOf(quoted).test('Range partition table `shop`.`orders`: adding INTERVAL partition(s) failed')).toBe(true);
  });

  test("match MariaDB's errno with its text, %iE", () => {
    const cannotCreate = compileFormat("Can't create table %sQ.%sQ (errno: %iE)", 'mariadb');
    expect(patternOf(cannotCreate).test('Can\'t create table `fof`.`fof_item_tag` (errno: 150 "Foreign key constraint is incorrectly formed")')).toBe(true);
    expect(patternOf(cannotCreate).test("Can't create table `fof`.`t` (errno: 150)")).toBe(true);
  });

  test("match MySQL's precision placeholders", () => {
    const denied = compileFormat("Access denied for user '%-.48s'@'%-.64s' (using password: %s)", 'mysql');
    expect(patternOf(denied).test("Access denied for user 'app'@'10.0.0.5' (using password: YES)")).toBe(true);
  });
});
