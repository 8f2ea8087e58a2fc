import { describe, expect, it } from 'vitest';
import { warmStartAllowed } from '../../../src/lib/data/warm-start.ts';

describe('warm start', () => {
  it('downloads an engine the reader has not asked for only on a connection that can afford it', () => {
    expect(warmStartAllowed(undefined)).toBe(true); // browsers without the Network Information API
    expect(warmStartAllowed({ effectiveType: '4g' })).toBe(true);
    expect(warmStartAllowed({ effectiveType: '3g' })).toBe(true);
    expect(warmStartAllowed({ effectiveType: '2g' })).toBe(false);
    expect(warmStartAllowed({ effectiveType: 'slow-2g' })).toBe(false);
    expect(warmStartAllowed({ effectiveType: '4g', saveData: true })).toBe(false);
  });
});
