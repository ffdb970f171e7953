import { describe, expect, test } from 'vitest';
import { missingPage } from './not-found';

describe('missingPage', () => {
  test('leads a lowercase code to its page', () => {
    expect(missingPage('/postgresql/2203a/', '/').redirect).toBe('/postgresql/2203A/');
  });

  test('keeps the rest of the path and the base', () => {
    expect(missingPage('/docs/postgresql/0a000/messages/', '/docs/').redirect).toBe('/docs/postgresql/0A000/messages/');
  });

  test('leads an upper-case condition name to its page', () => {
    expect(missingPage('/postgresql/UNIQUE_VIOLATION/', '/').redirect).toBe('/postgresql/unique_violation/');
  });

  test('does not redirect a path that is already in the right case', () => {
    expect(missingPage('/postgresql/99999/', '/').redirect).toBeUndefined();
  });

  test('turns the last part of the path into words to search for', () => {
    expect(missingPage('/errors/duplicate-key-value/', '/')).toEqual({ query: 'duplicate key value' });
    expect(missingPage('/postgresql/too%20many%20clients', '/').query).toBe('too many clients');
  });
});
