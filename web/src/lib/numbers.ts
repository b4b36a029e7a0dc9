// Numbers, money and outcome figures as the web app shows them (en-US). Kept apart from
// format.ts, which reads the page being rendered for the viewer's time zone, so that these
// pure functions load anywhere (the unit tests import this file directly).
import type { Outcome } from './types.js';

const LOCALE = 'en-US';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const signedDecimal = new Intl.NumberFormat(LOCALE, {
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});
const usdWhole = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const usdCents = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

// Typographic minus reads better in figures than the hyphen Intl emits.
const withMinus = (s: string) => s.replace(/-/g, '\u2212');

/** 12345 → "12,345". */
export function formatInteger(n: number): string {
  return withMinus(integer.format(n));
}

/** 1234.5 → "1,234.5". */
export function formatNumber(n: number): string {
  return withMinus(decimal.format(n));
}

/** Whole dollars unless there are cents: 125000 → "$125,000", 12.5 → "$12.50". */
export function formatUsd(n: number): string {
  return withMinus(Number.isInteger(n) ? usdWhole.format(n) : usdCents.format(n));
}

// ---- Outcomes ----------------------------------------------------------------

const CURRENCY_UNITS = new Set(['$', 'usd', 'us$', 'dollars']);
// A share of something ("17 % of calls"); written any of these ways, it is shown as "%".
const PERCENT_UNITS = new Set(['%', 'percent', 'per cent', 'pct', 'share', '% share']);

function isCurrency(unit: string): boolean {
  return CURRENCY_UNITS.has(unit.trim().toLowerCase());
}

function isPercent(unit: string): boolean {
  return PERCENT_UNITS.has(unit.trim().toLowerCase());
}

const signedWhole = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const signedTenths = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** One value with its unit: "$646", "34 %", "4 per month", "12". */
export function formatQuantity(value: number, unit: string): string {
  const u = unit.trim();
  if (isCurrency(u)) return formatUsd(value);
  if (isPercent(u)) return `${formatNumber(value)} %`;
  return u ? `${formatNumber(value)} ${u}` : formatNumber(value);
}

/**
 * The figures of an outcome row: "$646 → $151", "12 → 4 per month" with a baseline; otherwise
 * the value and its unit, "17 %". A bare figure is a value as reported, never signed: "17 %" is a
 * share of something, and shown with a plus it would read as a rise.
 */
export function formatOutcomeResult(outcome: Pick<Outcome, 'baseline' | 'result' | 'unit'>): string {
  const { baseline, result } = outcome;
  const unit = outcome.unit.trim();
  if (baseline === null || baseline === undefined) return formatQuantity(result, unit);
  if (isCurrency(unit)) return `${formatUsd(baseline)} \u2192 ${formatUsd(result)}`;
  const change = `${formatNumber(baseline)} \u2192 ${formatNumber(result)}`;
  if (isPercent(unit)) return `${change} %`;
  return unit ? `${change} ${unit}` : change;
}

/**
 * How far a row moved from its baseline, null without one: relative for counts and money
 * ("−57 %"), in percentage points for shares ("+12 points": 12 % → 24 % is not "+100 %" to a
 * reader), and as a difference when the baseline is zero, where no ratio exists ("+40").
 */
export function formatOutcomeChange(outcome: Pick<Outcome, 'baseline' | 'result' | 'unit'>): string | null {
  const { baseline, result } = outcome;
  if (baseline === null || baseline === undefined) return null;
  const difference = result - baseline;
  if (difference === 0) return 'no change';
  if (isPercent(outcome.unit)) return `${withMinus(signedDecimal.format(difference))} ${Math.abs(difference) === 1 ? 'point' : 'points'}`;
  if (baseline === 0)
    return isCurrency(outcome.unit) ? `${difference > 0 ? '+' : ''}${formatUsd(difference)}` : withMinus(signedDecimal.format(difference));
  const relative = (difference / Math.abs(baseline)) * 100;
  return `${withMinus((Math.abs(relative) < 10 ? signedTenths : signedWhole).format(relative))} %`;
}

/** A row's figures and change on one line: "14 → 6 per 1,000 calls, −57 %". */
export function formatOutcomeSummary(outcome: Pick<Outcome, 'baseline' | 'result' | 'unit'>): string {
  const change = formatOutcomeChange(outcome);
  return change ? `${formatOutcomeResult(outcome)}, ${change}` : formatOutcomeResult(outcome);
}
