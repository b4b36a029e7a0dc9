// Every label and number format the web app shows comes from here (en-US).
// The extension lets the unit tests, which run under Node's module resolution, type-check this file too.
import type {
	AgencyType,
	EvidenceLevel,
	Lifecycle,
	Outcome,
	ResourceKind,
	Role,
	VerificationState,
} from './types.js';

const LOCALE = 'en-US';

// ---- Enum labels ----------------------------------------------------------

export const AGENCY_TYPES: readonly AgencyType[] = [
	'MUNICIPAL',
	'SHERIFF',
	'STATE',
	'CAMPUS',
	'TRIBAL',
	'TRANSIT',
	'OTHER',
];

const AGENCY_TYPE_LABELS: Record<AgencyType, string> = {
	MUNICIPAL: 'Municipal police',
	SHERIFF: "Sheriff's office",
	STATE: 'State police',
	CAMPUS: 'Campus police',
	TRIBAL: 'Tribal police',
	TRANSIT: 'Transit police',
	OTHER: 'Other agency',
};

export function agencyTypeLabel(type: AgencyType): string {
	return AGENCY_TYPE_LABELS[type] ?? type;
}

export function isAgencyType(value: string): value is AgencyType {
	return (AGENCY_TYPES as readonly string[]).includes(value);
}

/** Weakest first, as in the API's enum. */
export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = [
	'ANECDOTAL',
	'INTERNAL_DATA',
	'EXTERNAL_EVALUATION',
	'RIGOROUS_STUDY',
];

const EVIDENCE_LABELS: Record<EvidenceLevel, { label: string; description: string }> = {
	ANECDOTAL: {
		label: 'Anecdotal',
		description: 'Based on the experience of the people who run it; no figures collected.',
	},
	INTERNAL_DATA: {
		label: 'Internal data',
		description: "Backed by the department's own before-and-after figures.",
	},
	EXTERNAL_EVALUATION: {
		label: 'External evaluation',
		description: 'Evaluated by an independent partner such as a university or auditor.',
	},
	RIGOROUS_STUDY: {
		label: 'Rigorous study',
		description: 'Tested in a controlled or peer-reviewed study.',
	},
};

export function evidenceLabel(level: EvidenceLevel): string {
	return EVIDENCE_LABELS[level]?.label ?? level;
}

export function evidenceDescription(level: EvidenceLevel): string {
	return EVIDENCE_LABELS[level]?.description ?? '';
}

/** 1 (anecdotal) to 4 (rigorous study). */
export function evidenceRank(level: EvidenceLevel): number {
	return EVIDENCE_LEVELS.indexOf(level) + 1;
}

const LIFECYCLE_LABELS: Record<Lifecycle, string> = {
	PILOT: 'Pilot',
	RUNNING: 'Running',
	SCALED: 'Scaled up',
	DISCONTINUED: 'Discontinued',
};

export function lifecycleLabel(lifecycle: Lifecycle): string {
	return LIFECYCLE_LABELS[lifecycle] ?? lifecycle;
}

const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
	LINK: 'Link',
	VIDEO: 'Video',
	DOCUMENT: 'Document',
};

export function resourceKindLabel(kind: ResourceKind): string {
	return RESOURCE_KIND_LABELS[kind] ?? kind;
}

/** Least to most powerful, as in the API's enum. */
export const ROLES: readonly Role[] = ['MEMBER', 'CHIEF', 'MODERATOR', 'ADMIN'];

const ROLE_LABELS: Record<Role, string> = {
	MEMBER: 'Member',
	CHIEF: 'Chief',
	MODERATOR: 'Moderator',
	ADMIN: 'Admin',
};

export function roleLabel(role: Role): string {
	return ROLE_LABELS[role] ?? role;
}

export function isRole(value: string): value is Role {
	return (ROLES as readonly string[]).includes(value);
}

/** The roles that verify members (and that an admin may require a second factor of). */
export function isPrivileged(role: Role): boolean {
	return role !== 'MEMBER';
}

export const VERIFICATION_STATES: readonly VerificationState[] = ['UNVERIFIED', 'VERIFIED', 'REJECTED'];

const VERIFICATION_LABELS: Record<VerificationState, string> = {
	UNVERIFIED: 'Unverified',
	VERIFIED: 'Verified',
	REJECTED: 'Rejected',
};

export function verificationLabel(state: VerificationState): string {
	return VERIFICATION_LABELS[state] ?? state;
}

export function isVerificationState(value: string): value is VerificationState {
	return (VERIFICATION_STATES as readonly string[]).includes(value);
}

export const US_STATES: Readonly<Record<string, string>> = {
	AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California',
	CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia',
	FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana',
	IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
	MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
	MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
	NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio',
	OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina',
	SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
	VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
	AS: 'American Samoa', GU: 'Guam', MP: 'Northern Mariana Islands', PR: 'Puerto Rico',
	VI: 'U.S. Virgin Islands',
};

export function stateName(code: string): string {
	return US_STATES[code] ?? code;
}

// ---- Numbers, money, dates --------------------------------------------------

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

// Dates are formatted in UTC so the server's render and the browser's hydration agree.
const longDate = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An ISO instant (DateTime) → "March 4, 2025". */
export function formatDate(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : longDate.format(date);
}

const dateTime = new Intl.DateTimeFormat(LOCALE, {
	dateStyle: 'medium',
	timeStyle: 'short',
	timeZone: 'UTC',
	hour12: false,
});

/** An ISO instant → "Mar 4, 2025, 14:05 UTC", for sessions and the audit log. */
export function formatDateTime(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : `${dateTime.format(date)} UTC`;
}

/** A calendar date (Date, YYYY-MM-DD) → "March 4, 2025". */
export function formatCalendarDate(ymd: string): string {
	return formatDate(`${ymd.slice(0, 10)}T00:00:00Z`);
}

/** A calendar date → "March 2025", for "started in". */
export function formatMonthYear(ymd: string): string {
	const date = new Date(`${ymd.slice(0, 10)}T00:00:00Z`);
	return Number.isNaN(date.getTime()) ? ymd : monthYear.format(date);
}

// ---- Devices -------------------------------------------------------------------

const BROWSERS: [RegExp, string][] = [
	[/Edg\//, 'Edge'],
	[/OPR\//, 'Opera'],
	[/Firefox\//, 'Firefox'],
	[/(Chrome|Chromium|CriOS)\//, 'Chrome'],
	[/Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
	[/iPhone|iPad/, 'iOS'],
	[/Android/, 'Android'],
	[/Windows/, 'Windows'],
	[/Mac OS X|Macintosh/, 'macOS'],
	[/CrOS/, 'ChromeOS'],
	[/Linux/, 'Linux'],
];

/** A session's user agent in words, "Firefox on Windows"; null when it is not a browser we know. */
export function describeUserAgent(userAgent: string | null): string | null {
	if (!userAgent) return null;
	const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
	const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
	if (!browser) return null;
	return system ? `${browser} on ${system}` : browser;
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
	if (baseline === 0) return isCurrency(outcome.unit) ? `${difference > 0 ? '+' : ''}${formatUsd(difference)}` : withMinus(signedDecimal.format(difference));
	const relative = (difference / Math.abs(baseline)) * 100;
	return `${withMinus((Math.abs(relative) < 10 ? signedTenths : signedWhole).format(relative))} %`;
}

/** A row's figures and change on one line: "14 → 6 per 1,000 calls, −57 %". */
export function formatOutcomeSummary(outcome: Pick<Outcome, 'baseline' | 'result' | 'unit'>): string {
	const change = formatOutcomeChange(outcome);
	return change ? `${formatOutcomeResult(outcome)}, ${change}` : formatOutcomeResult(outcome);
}

// ---- Words -------------------------------------------------------------------

/** count 1 → "1 write-up", 3 → "3 write-ups". */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
	return `${formatInteger(count)} ${count === 1 ? singular : plural}`;
}
