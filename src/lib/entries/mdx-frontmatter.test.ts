import { describe, expect, test } from 'vitest';
import { withoutFrontmatter } from './mdx-frontmatter';

describe('withoutFrontmatter', () => {
  test('blanks the frontmatter and keeps the body on the lines it was on', () => {
    const source = '---\ncode: "23505"\nsummary: A row.\n---\n\nThe body, line 6.\n';
    const body = withoutFrontmatter(source);
    expect(body).toBe('\n\n\n\n\nThe body, line 6.\n');
    expect(body.split('\n').indexOf('The body, line 6.')).toBe(source.split('\n').indexOf('The body, line 6.'));
  });

  test('keeps Windows line ends as line ends', () => {
    expect(withoutFrontmatter('---\r\na: 1\r\n---\r\nBody')).toBe('\r\n\r\n\r\nBody');
  });

  test('leaves a file without frontmatter as it is', () => {
    expect(withoutFrontmatter('Body only\n---\nnot: frontmatter\n---\n')).toBe('Body only\n---\nnot: frontmatter\n---\n');
  });

  test('ends the block at the first closing fence, not at a later rule in the body', () => {
    expect(withoutFrontmatter('---\na: 1\n---\nBody\n\n---\n\nMore')).toBe('\n\n\nBody\n\n---\n\nMore');
  });
});
