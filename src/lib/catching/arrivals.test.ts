import { describe, expect, test } from 'vitest';
import { arrivals, lastWordsBeforeClosing, type ArrivalFacts } from './arrivals';
import { codeFacts } from '../databases/postgresql/code-facts';
import { getSqlState } from '../databases/postgresql/facts';

const arrivalsOf = (code: string) => arrivals(codeFacts(code));

/** A code with only the given messages, to read the rules apart from the data. */
function withMessages(code: string, levels: string[][], errnoRaised = false): ArrivalFacts {
  const messages = levels.map((l, i) => ({ format: `message ${i}`, levels: l, locations: ['x.c:1'], versions: ['18'] }));
  const reported = [...new Set(levels.flat().map((l) => (l === 'WARNING_CLIENT_ONLY' ? 'WARNING' : l)))] as ArrivalFacts['levels'];
  const errnoRaisers = errnoRaised ? [{ function: 'errcode_for_file_access()', definedIn: 'elog.c', codes: [code], messageCount: 1, formats: [] }] : [];
  return { state: getSqlState(code), levels: reported, messages, errnoRaisers };
}

describe('arrivals', () => {
  test.each([
    ['23505', ['statement']],
    ['28P01', ['connect']],
    ['53300', ['connect']],
    ['3D000', ['connect']],
    ['25P03', ['session']],
    ['57P05', ['session']],
    ['57P01', ['session', 'connection-lost']],
    ['57P02', ['connection-lost']],
  ])('%s arrives as %j', (code, expected) => {
    expect(arrivalsOf(code)).toEqual(expected);
  });

  test.each(['01000', '01006', '01007', '01P01', '02000', '0L000', '0P000'])('%s, which PostgreSQL only sends as WARNING or LOG, is a notice', (code) => {
    expect(arrivalsOf(code)).toEqual(['notice']);
  });

  test('58030 fails statements: errcode_for_file_access() raises it as ERROR for EIO, though its one message is a WARNING', () => {
    expect(codeFacts('58030').levels).toEqual(['WARNING']);
    expect(arrivalsOf('58030')).toEqual(['statement']);
    expect(arrivals(withMessages('58030', [['WARNING']]))).toEqual(['notice']);
  });

  test('a code no core message raises still arrives: an error from a statement, a warning as a notice', () => {
    expect(codeFacts('P0001').levels).toEqual([]);
    expect(arrivalsOf('P0001')).toEqual(['statement']);
    expect(arrivalsOf('01004')).toEqual(['notice']);
    expect(arrivalsOf('00000')).toEqual([]);
  });

  test('the client-only warning is what makes a connection loss, not the code', () => {
    expect(arrivals(withMessages('57P01', [['FATAL']]))).toEqual(['session']);
    expect(arrivals(withMessages('57P01', [['FATAL'], ['WARNING']]))).toEqual(['session']);
    expect(arrivals(withMessages('0L000', [['WARNING_CLIENT_ONLY']]))).toEqual(['connection-lost']);
    expect(arrivals(withMessages('XX000', [['ERROR'], ['WARNING_CLIENT_ONLY']]))).toEqual(['statement', 'connection-lost']);
  });

  test('an ERROR anywhere makes a statement error, whatever else the code is raised at', () => {
    expect(arrivals(withMessages('57014', [['ERROR'], ['FATAL']]))).toEqual(['statement']);
    expect(arrivals(withMessages('0LP01', [['ERROR'], ['WARNING']]))).toEqual(['statement']);
    expect(arrivals(withMessages('58P01', [], true))).toEqual(['statement']);
  });
});

describe('lastWordsBeforeClosing', () => {
  test('is the message quickdie() sends before the backend exits', () => {
    expect(lastWordsBeforeClosing(codeFacts('57P02'))).toBe('terminating connection because of crash of another server process');
    expect(lastWordsBeforeClosing(codeFacts('57P01'))).toBe('terminating connection due to immediate shutdown command');
    expect(lastWordsBeforeClosing(codeFacts('23505'))).toBeUndefined();
  });
});
