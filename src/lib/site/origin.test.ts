import { describe, expect, it } from 'vitest';
import { LOCAL_PORT, siteOrigin } from './origin';

describe('siteOrigin', () => {
  it('takes the origin of SITE_URL, whatever path it carries (the base path is BASE_PATH)', () => {
    expect(siteOrigin({ SITE_URL: 'https://errors.test/docs/' })).toBe('https://errors.test');
    expect(siteOrigin({ SITE_URL: 'https://errors.test', DEPLOY: '1' })).toBe('https://errors.test');
  });

  it('falls back to the local server, on its port, when the build is not a deploy', () => {
    expect(siteOrigin({})).toBe(`http://localhost:${LOCAL_PORT}`);
    expect(siteOrigin({ PORT: '8080' })).toBe('http://localhost:8080');
  });

  it('stops a deploy build without SITE_URL, saying what to set', () => {
    expect(() => siteOrigin({ DEPLOY: '1' })).toThrow(/deploy build needs SITE_URL/);
  });

  it('rejects a SITE_URL that is not an absolute http(s) address', () => {
    expect(() => siteOrigin({ SITE_URL: 'errors.test' })).toThrow(/absolute address/);
    expect(() => siteOrigin({ SITE_URL: 'ftp://errors.test' })).toThrow(/http\(s\)/);
  });
});
