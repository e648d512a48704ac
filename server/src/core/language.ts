/** Language detection (nl / no / en) and jurisdiction from a governing-law clause. */
import type { Jurisdiction, Lang } from './types';
import { findAllIn, words } from './text';

// Function words and contract vocabulary that are frequent in one language and rare in the others.
// Ambiguous forms ("en", "er", "de", "in", "for", "om") are left out on purpose.
const MARKERS: Record<Lang, RegExp> = {
  nl: words([
    'het', 'een', 'van', 'niet', 'wordt', 'worden', 'zijn', 'zal', 'werknemer', 'werkgever', 'deze', 'dat', 'na', 'bij',
    'voor', 'door', 'ook', 'aan', 'met', 'uit', 'tot', 'overeenkomst', 'arbeidsovereenkomst', 'heeft', 'wij', 'naar',
    'maanden', 'jaar', 'verboden', 'artikel', 'tijdens', 'waarin', 'waarbij', 'indien', 'dienstverband', 'zich',
  ]),
  no: words([
    'og', 'ikke', 'som', 'på', 'skal', 'det', 'til', 'av', 'med', 'etter', 'arbeidstaker', 'arbeidstakeren',
    'arbeidsgiver', 'arbeidsgiveren', 'selskapet', 'avtale', 'avtalen', 'måneder', 'år', 'eller', 'har', 'kan',
    'ved', 'fra', 'hos', 'sine', 'sin', 'denne', 'dette', 'også', 'fratreden', 'arbeidsforholdet', 'måned', 'være',
  ]),
  en: words([
    'the', 'and', 'of', 'to', 'shall', 'not', 'employee', 'employer', 'company', 'any', 'with', 'this', 'agreement',
    'which', 'be', 'by', 'or', 'from', 'months', 'years', 'such', 'after', 'during', 'that', 'will', 'may', 'its',
    'their', 'is', 'are', 'on', 'termination',
  ]),
};
const NO_LETTERS = /[æøå]/giu;

export interface LanguageGuess {
  lang: Lang;
  scores: Record<Lang, number>;
  /** 0..1: how far the winner is ahead. */
  confidence: number;
}

/** How much of a document its language is guessed from. */
export const LANGUAGE_SAMPLE = 30_000;

/** Guesses the language of the (masked) text from a sample of at most `sampleSize` characters. */
export function detectLanguage(text: string, sampleSize = LANGUAGE_SAMPLE): LanguageGuess {
  const sample = text.length > sampleSize ? text.slice(0, sampleSize) : text;
  const scores: Record<Lang, number> = { nl: 0, no: 0, en: 0 };
  for (const lang of ['nl', 'no', 'en'] as const) scores[lang] = findAllIn(MARKERS[lang], sample).length;
  scores.no += Math.min(findAllIn(NO_LETTERS, sample).length, scores.no + 5) * 0.5;
  const ranked = (['nl', 'no', 'en'] as const).slice().sort((a, b) => scores[b] - scores[a]);
  const top = scores[ranked[0]];
  const second = scores[ranked[1]];
  const lang = top === 0 ? 'en' : ranked[0];
  return { lang, scores, confidence: top === 0 ? 0 : (top - second) / top };
}

export const DEFAULT_JURISDICTION: Record<Lang, Jurisdiction> = { nl: 'NL', no: 'NO', en: 'UK' };

// A governing-law clause: a law name together with a choice-of-law verb in the same sentence.
const LAW_NAMES: Array<[Jurisdiction, RegExp]> = [
  ['NL', words(['nederlands recht', 'nederlandse recht', 'het recht van nederland', 'laws? of the netherlands', 'dutch law', 'nederlandsk rett', 'nederlandsk lov'])],
  ['NO', words(['noors recht', 'noorse recht', 'norsk rett', 'norsk lov', 'norsk lovgivning', 'laws? of norway', 'norwegian law'])],
  ['UK', words([
    'engels recht', 'engelse recht', 'het recht van engeland', 'engelsk rett', 'britisk rett',
    'laws? of england(?: and wales)?', 'english law', 'law of england and wales', 'laws? of scotland', 'scots law',
    'laws? of the united kingdom', 'laws? of northern ireland',
  ])],
];
const CHOICE_OF_LAW = words([
  'van toepassing', 'beheerst', 'geldt', 'is onderworpen aan', 'governed by', 'governed in accordance with',
  'subject to', 'construed in accordance with', 'construed under', 'gjelder', 'reguleres av', 'regulert av',
  'er underlagt', 'underlagt', 'skal tolkes', 'toepasselijk recht', 'governing law', 'lovvalg',
]);

export interface GoverningLaw {
  jurisdiction: Jurisdiction;
  start: number;
  end: number;
}

/** Finds a governing-law clause; `sentences` are [start, end) ranges of the masked text. */
export function detectGoverningLaw(masked: string, sentences: Array<{ start: number; end: number }>): GoverningLaw | undefined {
  for (const s of sentences) {
    for (const [jurisdiction, re] of LAW_NAMES) {
      const hit = findAllIn(re, masked, s.start, s.end)[0];
      if (hit && findAllIn(CHOICE_OF_LAW, masked, s.start, s.end).length > 0) {
        return { jurisdiction, start: hit.index, end: hit.index + hit[0].length };
      }
    }
  }
  return undefined;
}
