import { describe, expect, it } from 'vitest';
import { formatOutcomeChange, formatOutcomeResult, formatOutcomeSummary } from '../../web/src/lib/numbers.ts';

const row = (baseline: number | null, result: number, unit: string) => ({ baseline, result, unit });

describe('outcome figures as a reader sees them', () => {
  it('shows a share without a baseline as a value, never signed', () => {
    expect(formatOutcomeResult(row(null, 17, '%'))).toBe('17 %');
    expect(formatOutcomeResult(row(null, 17, 'percent'))).toBe('17 %');
    expect(formatOutcomeResult(row(null, 17, 'share'))).toBe('17 %');
    expect(formatOutcomeSummary(row(null, 17, '%'))).toBe('17 %');
    expect(formatOutcomeResult(row(null, -34, '%'))).toBe('\u221234 %');
    expect(formatOutcomeChange(row(null, 17, '%'))).toBeNull();
  });

  it('gives a row with a baseline both figures and the relative change', () => {
    expect(formatOutcomeSummary(row(14, 6, 'per 1,000 calls'))).toBe('14 \u2192 6 per 1,000 calls, \u221257 %');
    expect(formatOutcomeSummary(row(646, 151, '$'))).toBe('$646 \u2192 $151, \u221277 %');
    expect(formatOutcomeSummary(row(20, 21, ''))).toBe('20 \u2192 21, +5 %');
    expect(formatOutcomeSummary(row(120, 390, 'calls per year'))).toBe('120 \u2192 390 calls per year, +225 %');
  });

  it("measures a share's change in percentage points, and a change from zero as a difference", () => {
    expect(formatOutcomeSummary(row(12, 85, '%'))).toBe('12 \u2192 85 %, +73 points');
    expect(formatOutcomeSummary(row(13, 12, 'percent'))).toBe('13 \u2192 12 %, \u22121 point');
    expect(formatOutcomeSummary(row(0, 40, 'per month'))).toBe('0 \u2192 40 per month, +40');
    expect(formatOutcomeSummary(row(0, 1500, 'USD'))).toBe('$0 \u2192 $1,500, +$1,500');
    expect(formatOutcomeSummary(row(8, 8, 'officers'))).toBe('8 \u2192 8 officers, no change');
  });
});
