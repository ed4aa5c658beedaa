import { describe, expect, it, vi } from 'vitest';
import { authorized } from '@/lib/publish/token';

describe('the publication token', () => {
  it('accepts only the exact bearer token', () => {
    expect(authorized('Bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(authorized('Bearer s3cret-tokeN', 's3cret-token')).toBe(false);
    expect(authorized('Bearer s3cret', 's3cret-token')).toBe(false);
    expect(authorized('s3cret-token', 's3cret-token')).toBe(false);
    expect(authorized(null, 's3cret-token')).toBe(false);
    expect(authorized('Bearer ', undefined)).toBe(false);
  });

  it('takes PUBLISH_TOKEN before the token file', () => {
    vi.stubEnv('PUBLISH_TOKEN', 'from-the-environment');
    expect(authorized('Bearer from-the-environment')).toBe(true);
    vi.unstubAllEnvs();
  });
});
