import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { blockedInlineAttributes, contentSecurityPolicy, cspHash, inlineHashes, policyHashes, withOwnPolicy, withPolicyMeta } from './csp';
import { pageHead } from './site-files';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineHashes', () => {
  test('hashes inline classic and module scripts and style elements, byte for byte', () => {
    const html = '<head><style>a{color:red}</style><script>var a=1</script></head><body><script type="module">go()</script></body>';
    expect(inlineHashes(html)).toEqual({ scripts: [sha('var a=1'), sha('go()')], styles: [sha('a{color:red}')] });
  });

  test('skips external scripts and data blocks, which the policy does not hash', () => {
    const html = '<script type="module" src="/_astro/x.js"></script><script type="application/ld+json">{"a":1}</script>';
    expect(inlineHashes(html)).toEqual({ scripts: [], styles: [] });
  });
});

describe('cspHash', () => {
  test('is the quoted sha256 source expression of the text', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy([
    { scripts: [sha('a')], styles: [sha('s')] },
    { scripts: [sha('a'), sha('b')], styles: [sha('s')] },
  ]);
  const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

  test('allows each inline script and style of any page, once', () => {
    expect(directive('script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${[sha('a'), sha('b')].sort().join(' ')}`);
    expect(directive('style-src')).toBe(`style-src 'self' ${sha('s')}`);
  });

  test('allows nothing from other origins and no inline code without a hash', () => {
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });
});

describe('policyHashes', () => {
  test('reads back the script and style hashes a policy allows', () => {
    const hashes = { scripts: [sha('a'), sha('b')].sort(), styles: [sha('s')] };
    expect(policyHashes(contentSecurityPolicy([hashes]))).toEqual(hashes);
  });

  test('finds none in a policy without hashes', () => {
    expect(policyHashes("default-src 'self'; script-src 'self'")).toEqual({ scripts: [], styles: [] });
  });
});

describe('withOwnPolicy', () => {
  test("allows the page's own inline script and style, and no other", () => {
    const html = '<html><head><meta charset="utf-8"><style>a{}</style><script>go()</script></head></html>';
    expect(policyHashes(pageHead(withOwnPolicy(html)).csp!)).toEqual({ scripts: [sha('go()')], styles: [sha('a{}')] });
  });
});

describe('withPolicyMeta', () => {
  test('puts the policy right after the charset, before any script or style', () => {
    const html = '<!DOCTYPE html><html><head><meta charset="utf-8"><style>a{}</style></head></html>';
    expect(withPolicyMeta(html, "default-src 'self'")).toBe(
      '<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src \'self\'"><style>a{}</style></head></html>',
    );
  });

  test('puts it first in a head without a charset', () => {
    expect(withPolicyMeta('<html><head><title>x</title></head></html>', 'p')).toBe(
      '<html><head><meta http-equiv="content-security-policy" content="p"><title>x</title></head></html>',
    );
  });
});

describe('blockedInlineAttributes', () => {
  test('finds style attributes and inline event handlers', () => {
    expect(blockedInlineAttributes('<span style="color:red">x</span><a onclick="go()">y</a><p class="s">z</p>')).toEqual([
      'style="color:red"',
      'onclick="go()"',
    ]);
  });

  test('does not mistake attribute names that only contain the words', () => {
    expect(blockedInlineAttributes('<div data-style="x" data-onload="y" class="online" title="a style=b">z</div>')).toEqual([]);
  });
});
