import { describe, expect, it } from 'vitest';
import { isoDateTime } from '@/lib/thai';

describe('isoDateTime', () => {
  it('starts a Thai calendar day at midnight Bangkok time (UTC+7)', () => {
    expect(isoDateTime('2018-12-07')).toBe('2018-12-07T00:00:00+07:00');
    expect(new Date(isoDateTime('2018-12-07')).toISOString()).toBe('2018-12-06T17:00:00.000Z');
  });
});
