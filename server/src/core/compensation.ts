/**
 * Compensation for a restraint: "uten særskilt vederlag", "50 % av lønnen", "100 % av lønn opp til 8 G og
 * 70 % over 8 G", "no additional consideration", "geen vergoeding". Used by restraint-no-compensation.
 */
import { findAllIn, findIn, words } from './text';
import { COMPENSATION_EXCLUDED, COMPENSATION_STATUTORY, PAY_REFERENCE } from './vocabulary';

export type CompensationKind = 'excluded' | 'statutory' | 'rate';

export interface CompensationTerm {
  kind: CompensationKind;
  /** Offsets of the phrase ("uten særskilt vederlag", "50 %", "full lønn"). */
  start: number;
  end: number;
  /** For a rate: the percentage of pay (50, 70, 100). */
  percent?: number;
  /** For a rate in Norwegian G-tiers: the part of pay up to 8 G or above it. */
  tier?: 'up-to-8g' | 'above-8g';
}

const NUMBER_PERCENT: Record<string, number> = {
  tien: 10, twintig: 20, vijfentwintig: 25, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, vijfenzeventig: 75,
  tachtig: 80, negentig: 90, honderd: 100,
  ti: 10, tjue: 20, tjuefem: 25, tretti: 30, førti: 40, femti: 50, seksti: 60, sytti: 70, syttifem: 75, åtti: 80, nitti: 90, hundre: 100,
  ten: 10, twenty: 20, 'twenty-five': 25, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, 'seventy-five': 75, eighty: 80,
  ninety: 90, 'one hundred': 100, hundred: 100,
};

const PERCENT = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:(\\d{1,3}(?:[.,]\\d{1,2})?)|(${Object.keys(NUMBER_PERCENT).sort((a, b) => b.length - a.length).join('|')}))` +
    `(?:\\s*\\(\\s*\\d{1,3}\\s*%?\\s*\\))?\\s*(?:%|procent|prosent|percent|per\\s+cent|pct\\.?)(?![\\p{L}])`,
  'giu',
);
const HALF = words(['de helft van', 'halvparten av', 'half (?:of )?(?:the|his|her|their|its) ']);

const G_AMOUNT = '(?:\\d{1,2}|åtte|tolv|eight|twelve)\\s*(?:G(?![\\p{L}])|ganger (?:folketrygdens )?grunnbeløp\\p{L}*|times the (?:national insurance )?basic amount)';
const ABOVE_G = new RegExp(`(?:over|overstiger|overstigende|utover|ut over|mellom|above|exceeding|in excess of|between|boven)\\s+${G_AMOUNT}`, 'iu');
const UP_TO_G = new RegExp(`(?:opp til|inntil|under|up to|below|tot)\\s+${G_AMOUNT}`, 'iu');

/** Offsets or deductions are not the rate: "avkortes med inntil 50 %", "reduced by 50 % of other earnings". */
const OFFSET = words([
  'avkort\\p{L}*', 'fradrag\\p{L}*', 'reduser\\p{L}*', 'trekkes fra', 'gå til fratrekk', 'offset', 'reduced by', 'deduct\\p{L}*',
  'verminder\\p{L}*', 'gekort', 'in mindering',
]);
/** Penalties are not compensation: "een boete van 50 % van het maandsalaris". */
const PENALTY = words(['boete\\p{L}*', 'verbeurt', 'konvensjonalbot\\p{L}*', 'bot', 'penalt(?:y|ies)', 'liquidated damages', 'erstatning']);

/** Compensation terms in masked[from, to). */
export function compensationTerms(masked: string, from: number, to: number): CompensationTerm[] {
  const out: CompensationTerm[] = [];
  for (const m of findAllIn(COMPENSATION_EXCLUDED, masked, from, to)) out.push({ kind: 'excluded', start: m.index, end: m.index + m[0].length });
  for (const m of findAllIn(COMPENSATION_STATUTORY, masked, from, to)) out.push({ kind: 'statutory', start: m.index, end: m.index + m[0].length });
  const rates: Array<{ start: number; end: number; percent: number }> = [];
  for (const m of findAllIn(PERCENT, masked, from, to)) {
    const percent = m[1] ? Number(m[1].replace(',', '.')) : NUMBER_PERCENT[m[2].toLowerCase().replace(/\s+/gu, ' ')];
    rates.push({ start: m.index, end: m.index + m[0].length, percent });
  }
  for (const m of findAllIn(HALF, masked, from, to)) rates.push({ start: m.index, end: m.index + m[0].trimEnd().length, percent: 50 });
  for (const r of rates) {
    const before = masked.slice(Math.max(from, r.start - 50), r.start);
    const after = masked.slice(r.end, Math.min(to, r.end + 60));
    if (!findIn(PAY_REFERENCE, after) && !findIn(PAY_REFERENCE, before)) continue;
    if (findIn(OFFSET, before) || findIn(PENALTY, before) || findIn(PENALTY, after.slice(0, 30))) continue;
    if (out.some((o) => o.kind === 'statutory' && o.start <= r.start && r.end <= o.end)) continue;
    const near = masked.slice(r.end, Math.min(to, r.end + 80));
    // the G-phrase nearest after the rate decides its tier: "100 % opp til 8 G og 70 % over 8 G"
    const tierText = near.split(/;/u)[0];
    const above = ABOVE_G.exec(tierText)?.index ?? Infinity;
    const upTo = UP_TO_G.exec(tierText)?.index ?? Infinity;
    const tier = above < upTo ? 'above-8g' : upTo < above ? 'up-to-8g' : undefined;
    out.push({ kind: 'rate', start: r.start, end: r.end, percent: r.percent, tier });
  }
  return out.sort((a, b) => a.start - b.start);
}
