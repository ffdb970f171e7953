// The expected values below were read in PgBouncer's source at the tags (git show <tag>:src/...),
// not copied from the import's output: a wrong parse of a wrapper or a call shows up here.
import { describe, expect, test } from 'vitest';
import data from '../../../data/pgbouncer/messages.json' with { type: 'json' };
import { findPgBouncerMessage, parsePgBouncerData, pgBouncerMessageFor, pgBouncerMessages, pgBouncerSource } from './facts';

const byFormat = (format: string, console = false) => pgBouncerMessages.find((m) => m.format === format && m.console === console);

describe('PgBouncer messages', () => {
  test('were read at Debian 12’s 1.18.0 and the newest 1.25.2, each tag with its commit', () => {
    const versions = pgBouncerSource.tags.map((t) => t.version);
    expect(versions).toContain('1.18.0');
    expect(versions.at(-1)).toBe('1.25.2');
    expect(pgBouncerSource.tags.find((t) => t.version === '1.25.2')!.commit).toBe('515b6284d273bfd62d1b7e3931ccdce41f9bfe7b');
  });

  test('max_client_conn: 08P01 (send_pooler_error’s default, no code is passed), FATAL since 1.16.0, in client.c', () => {
    const m = byFormat('no more connections allowed (max_client_conn)')!;
    expect(m).toMatchObject({ sqlstate: '08P01', severity: 'FATAL', sqlstateFrom: { '1.12.0': '08P01' }, severityFrom: { '1.12.0': 'ERROR', '1.16.0': 'FATAL' } });
    expect(m.locations['1.18.0']).toEqual(['src/client.c:576']);
    expect(m.locations['1.25.2']).toEqual(['src/client.c:1078']);
  });

  test('query_wait_timeout is sent from the janitor; the unsupported startup parameter names the key', () => {
    expect(byFormat('query_wait_timeout')!.locations).toMatchObject({ '1.18.0': ['src/janitor.c:404'], '1.25.2': ['src/janitor.c:449'] });
    expect(byFormat('unsupported startup parameter: %s')!.locations['1.25.2']).toEqual(['src/client.c:1049']);
  });

  test('RELOAD’s failure is the one message with its own SQLSTATE: F0000, an ERROR on the admin console, since 1.25.0', () => {
    const reload = byFormat('RELOAD failed, see logs for additional details', true)!;
    expect(reload).toMatchObject({ sqlstate: 'F0000', severity: 'ERROR', versions: ['1.25.0', '1.25.1', '1.25.2'] });
    expect(reload.locations['1.25.2']).toEqual(['src/admin.c:1163']);
    expect(pgBouncerMessages.filter((m) => m.sqlstate !== '08P01').map((m) => m.format)).toEqual([reload.format]);
  });

  test('follow the rewording of the login-retry message across versions', () => {
    expect(byFormat('pgbouncer cannot connect to server')!.versions.at(-1)).toBe('1.16.1');
    const retry = byFormat('server login has been failing, try again later (server_login_retry)')!;
    expect([retry.versions[0], retry.versions.at(-1)]).toEqual(['1.17.0', '1.23.1']);
    expect(byFormat('server login has been failing, cached error: %s (server_login_retry)')!.versions[0]).toBe('1.24.0');
  });

  test('leave out what is never sent: a notify=false disconnect, and reasons for idle servers closed in a list', () => {
    expect(byFormat('client unexpected eof')).toBeUndefined();
    expect(byFormat('close unsafe file descriptors on suspend')).toBeUndefined();
  });

  test('say when only a client using the server hears a server’s close reason', () => {
    expect(byFormat('server conn crashed?')).toMatchObject({ sender: 'disconnect_server', reaches: expect.stringContaining('using the server connection') });
  });

  test('before 1.17, disconnect_server’s notify argument meant “send Terminate”, and did not silence the client’s message', () => {
    // 1.12.0 src/server.c:481: disconnect_server(server, false, "server conn crashed?")
    expect(byFormat('server conn crashed?')!.locations['1.12.0']).toEqual(['src/server.c:481']);
  });

  test('tell the admin console’s error from the client’s under one format', () => {
    expect(byFormat('no such database: %s', true)).toMatchObject({ severity: 'ERROR', slug: 'admin-no-such-database' });
    expect(byFormat('no such database: %s')).toMatchObject({ severity: 'FATAL', slug: 'no-such-database' });
  });

  test('give every message a readable slug; a reworded message keeps it for the newest wording', () => {
    expect(findPgBouncerMessage('no-more-connections-allowed-max_client_conn')?.format).toBe('no more connections allowed (max_client_conn)');
    expect(findPgBouncerMessage('no-such-user')?.format).toBe('no such user');
    expect(findPgBouncerMessage('no-such-user-until-1-14-0')?.format).toBe('no such user: %s');
  });

  test('find the message a client received, preferring the format with more fixed text', () => {
    expect(pgBouncerMessageFor('unsupported startup parameter: extra_float_digits')?.format).toBe('unsupported startup parameter: %s');
    expect(pgBouncerMessageFor('unsupported startup parameter in options: x')?.format).toBe('unsupported startup parameter in options: %s');
    expect(pgBouncerMessageFor('sorry, too many clients already')).toBeUndefined();
  });

  test('a bad file fails naming the file and the field', () => {
    const broken = structuredClone(data);
    broken.messages[3]!.sqlstate = '8P01';
    expect(() => parsePgBouncerData(broken, 'x.json')).toThrow(/^x\.json: messages\.3\.sqlstate: must be a five-character SQLSTATE/);
  });
});
