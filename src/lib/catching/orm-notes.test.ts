import { describe, expect, test } from 'vitest';
import { ormNotes } from './orm-notes';
import type { Arrival } from './arrivals';
import { getSqlState } from '../databases/postgresql/facts';

const notes = (code: string, arrival: Arrival = 'statement') => ormNotes(getSqlState(code), arrival);
const catches = (code: string, orm: string, arrival: Arrival = 'statement') => notes(code, arrival).find((n) => n.orm === orm)?.catches;

describe('ormNotes', () => {
  test('gives Prisma P2002 for 23505 and P2003 for 23503, and nothing for other codes', () => {
    const prisma = (code: string) => notes(code).find((n) => n.orm === 'Prisma');
    expect(prisma('23505')).toMatchObject({ catches: 'Prisma.PrismaClientKnownRequestError', detail: expect.stringContaining('P2002') });
    expect(prisma('23503')?.detail).toContain('P2003');
    expect(prisma('23502')).toBeUndefined();
  });

  test('gives Active Record’s class where its PostgreSQL adapter translates the code', () => {
    expect(catches('23505', 'Active Record')).toBe('ActiveRecord::RecordNotUnique');
    expect(catches('40P01', 'Active Record')).toBe('ActiveRecord::Deadlocked');
    expect(catches('42P01', 'Active Record')).toBeUndefined();
  });

  test('gives Django’s and SQLAlchemy’s wrapper of the driver’s PEP 249 class', () => {
    expect(catches('23505', 'Django')).toBe('django.db.IntegrityError');
    expect(catches('40001', 'SQLAlchemy')).toBe('sqlalchemy.exc.OperationalError');
    expect(catches('26000', 'Django')).toBe('django.db.ProgrammingError (psycopg 3) or django.db.OperationalError (psycopg2)');
  });

  test('says a refused login reaches Python ORMs as an OperationalError without SQLSTATE', () => {
    expect(catches('28P01', 'Django', 'connect')).toBe('django.db.OperationalError');
    expect(notes('28P01', 'connect').find((n) => n.orm === 'SQLAlchemy')?.detail).toContain('no SQLSTATE');
  });

  test('says a FATAL or a closed connection reaches Python ORMs as an OperationalError without SQLSTATE', () => {
    expect(catches('57P01', 'Django', 'session')).toBe('django.db.OperationalError');
    expect(notes('57P02', 'connection-lost').find((n) => n.orm === 'SQLAlchemy')?.detail).toBe('no SQLSTATE: libpq reports a lost connection');
  });

  test('links every note to the ORM’s own documentation or source', () => {
    for (const note of notes('23505')) expect(note.url).toMatch(/^https:\/\/(www\.prisma\.io|docs\.djangoproject\.com|docs\.sqlalchemy\.org|github\.com\/rails)\//);
  });

  test('has nothing to say about warnings, nor about an error code that only comes as a notice', () => {
    expect(notes('01000', 'notice')).toEqual([]);
    expect(notes('0L000', 'notice')).toEqual([]);
  });
});
