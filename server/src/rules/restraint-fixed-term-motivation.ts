import type { Clause, Lang, Localized, Rule } from '../core/types';
import { findIn, words } from '../core/text';
import { TITLE_WORDS } from '../core/vocabulary';
import { motivations, restraintAnchor, restraintClauses, type Motivation, type RestraintClause } from '../core/restraints';

/** The placeholder paragraph the fix inserts: the words art. 7:653 lid 2 BW requires, and a blank for the facts. */
export const MOTIVATION_PLACEHOLDER: Localized = {
  nl: 'Werkgever motiveert dit beding als volgt: het beding is noodzakelijk vanwege zwaarwegende bedrijfs- of dienstbelangen, namelijk: [beschrijf de concrete belangen].',
  no: 'Arbeidsgiver begrunner klausulen slik: den er nødvendig på grunn av tungtveiende bedrifts- eller tjenestemessige interesser (zwaarwegende bedrijfs- of dienstbelangen, art. 7:653 lid 2 BW), nemlig: [beskriv de konkrete interessene].',
  en: 'The Employer gives the following reasons for this clause: it is necessary because of compelling business or service interests (zwaarwegende bedrijfs- of dienstbelangen, art. 7:653(2) BW), namely: [describe the specific interests].',
};

const NAME: Record<'non-compete' | 'non-solicitation', Localized> = {
  'non-compete': { nl: 'Concurrentiebeding', no: 'Konkurranseklausul', en: 'Non-compete' },
  'non-solicitation': { nl: 'Relatiebeding', no: 'Kundeklausul', en: 'Non-solicitation clause' },
};

/** "deze bedingen", "these restrictions", "klausulene": a motivation that speaks of several restraints. */
const PLURAL_REFERENCE = words([
  '(?:deze|beide|bovenstaande|voornoemde|vorenstaande|de) (?:concurrentie- en relatie)?bedingen', 'these (?:restrictions|covenants|clauses)',
  'the restrictions', 'both (?:restrictions|covenants|clauses)', '(?:begge |disse )?klausulene', 'begge klausuler',
]);

/** What covers() needs to know of a motivation sentence, computed once per motivation. */
interface MotivationReach {
  m: Motivation;
  /** The motivation sits in a clause that holds no restraint of its own (an article of its own). */
  separate: boolean;
  namesNonCompete: boolean;
  namesNonSolicitation: boolean;
  plural: boolean;
}

function reachOf(masked: string, m: Motivation, restraintClausesSet: ReadonlySet<Clause>): MotivationReach {
  const names = (k: 'non-compete' | 'non-solicitation') => findIn(TITLE_WORDS[k], masked, m.sentence.start, m.sentence.end) !== undefined;
  return {
    m,
    separate: !restraintClausesSet.has(m.clause),
    namesNonCompete: names('non-compete'),
    namesNonSolicitation: names('non-solicitation'),
    plural: findIn(PLURAL_REFERENCE, masked, m.sentence.start, m.sentence.end) !== undefined,
  };
}

/** A motivation covers a restraint in its own clause, in a clause above or below it, or everywhere when it is an article of its own. */
function covers(r: MotivationReach, rc: RestraintClause): boolean {
  const { m } = r;
  if (m.clause === rc.clause) return true;
  if (r.separate) {
    // "Artikel 14 – Motivering" covers every restraint, unless it names one kind only ("Het concurrentiebeding is nodig …")
    if (r.namesNonCompete === r.namesNonSolicitation) return true;
    return r.namesNonCompete ? rc.kinds.has('non-compete') : rc.kinds.has('non-solicitation');
  }
  if (r.plural) return true;
  return (m.clause.title !== '' && rc.clause.parents.includes(m.clause.title)) || (rc.clause.title !== '' && m.clause.parents.includes(rc.clause.title));
}

export const rule: Rule = {
  meta: {
    id: 'restraint-fixed-term-motivation',
    title: {
      nl: 'Beding in tijdelijk contract zonder motivering van zwaarwegende belangen',
      no: 'Klausul i midlertidig kontrakt uten begrunnelse (nederlandsk rett)',
      en: 'Restraint in a fixed-term contract without written reasons (Dutch law)',
    },
    description: {
      nl: 'Een concurrentie- of relatiebeding in een arbeidsovereenkomst voor bepaalde tijd zonder schriftelijke motivering waaruit blijkt dat het nodig is vanwege zwaarwegende bedrijfs- of dienstbelangen.',
      no: 'En konkurranse- eller kundeklausul i en midlertidig arbeidsavtale under nederlandsk rett uten skriftlig begrunnelse for at den er nødvendig av tungtveiende bedrifts- eller tjenestemessige hensyn.',
      en: 'A non-compete or non-solicitation clause in a fixed-term contract under Dutch law without written reasons showing it is needed for compelling business or service interests.',
    },
    rationale: {
      nl: 'In een arbeidsovereenkomst voor bepaalde tijd is een concurrentie- of relatiebeding nietig, tenzij uit de bij het beding opgenomen schriftelijke motivering blijkt dat het noodzakelijk is vanwege zwaarwegende bedrijfs- of dienstbelangen (art. 7:653 lid 2 BW). De werkgever moet die belangen concreet stellen en zo nodig bewijzen (HR 8 maart 2019, ECLI:NL:HR:2019:313); een standaardformule of een leeg invulveld is niet genoeg. Het wetsvoorstel modernisering concurrentiebeding wil een motivering in elk contract verplichten.',
      no: 'Etter nederlandsk rett er en konkurranse- eller kundeklausul i en midlertidig arbeidsavtale ugyldig, med mindre en skriftlig begrunnelse ved klausulen viser at den er nødvendig av tungtveiende bedrifts- eller tjenestemessige hensyn (art. 7:653 ledd 2 BW). Arbeidsgiver må angi hensynene konkret (HR 8. mars 2019).',
      en: 'Under Dutch law a non-compete or non-solicitation clause in a fixed-term contract is void unless written reasons included with the clause show it is necessary because of compelling business or service interests (art. 7:653(2) BW). The employer must state those interests concretely and prove them if challenged (HR 8 March 2019); a stock formula or an unfilled placeholder is not enough.',
    },
    alternative: {
      nl: 'Neem direct bij het beding een motivering op die concreet uitlegt waarom dit beding voor deze functie nodig is (bijv. toegang tot klantportefeuille, prijsafspraken of technologie), of laat het beding weg.',
      no: 'Ta inn en konkret begrunnelse rett ved klausulen som forklarer hvorfor den er nødvendig for denne stillingen, eller stryk klausulen.',
      en: 'Add, with the clause, concrete reasons why this restraint is needed for this role (for example access to the client portfolio, pricing or technology), or delete the restraint.',
    },
    severity: { NL: 'error' },
    languages: ['nl', 'no', 'en'],
    citations: { NL: ['bw-7-653-lid-2', 'hr-2019-313', 'nl-wetsvoorstel-concurrentiebeding'] },
    fixable: true,
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.facts.isFixedTerm) return;
    const found = motivations(doc);
    const motivating = new Set(found.map((m) => m.sentence));
    // a clause whose only "restraint" sentences motivate it ("Het concurrentiebeding is nodig gelet op …") is a motivation
    const all = restraintClauses(doc).filter(
      (rc) => (rc.kinds.has('non-compete') || rc.kinds.has('non-solicitation')) && !rc.restraints.every((r) => motivating.has(r.sentence)),
    );
    if (!all.length) return;
    const inRestraintClause = new Set(all.map((rc) => rc.clause));
    const reaches = found.map((m) => reachOf(doc.masked, m, inRestraintClause));
    const eol = /\r\n/u.test(doc.text) ? '\r\n' : '\n';
    for (const rc of all) {
      const kind = rc.kinds.has('non-compete') ? 'non-compete' : 'non-solicitation';
      const name = NAME[kind];
      const own = reaches.filter((r) => covers(r, rc)).map((r) => r.m);
      if (own.some((m) => m.concrete && !m.placeholder)) continue;
      const placeholder = own.find((m) => m.placeholder);
      if (placeholder) {
        ctx.report({
          ...placeholder.placeholder!,
          message: {
            nl: `De motivering van het ${name.nl.toLowerCase()} is nog niet ingevuld: beschrijf de zwaarwegende bedrijfs- of dienstbelangen concreet (art. 7:653 lid 2 BW).`,
            no: `Begrunnelsen for klausulen er ikke fylt ut: beskriv de tungtveiende interessene konkret (art. 7:653 lid 2 BW).`,
            en: `The motivation placeholder is not filled in: state the compelling business or service interests concretely (art. 7:653(2) BW).`,
          },
        });
        continue;
      }
      const formula = own[0];
      if (formula) {
        ctx.report({
          start: formula.start,
          end: formula.end,
          message: {
            nl: `De motivering noemt alleen "zwaarwegende belangen" zonder uit te leggen welke; de werkgever moet ze concreet stellen (art. 7:653 lid 2 BW).`,
            no: `Begrunnelsen nevner bare "tungtveiende interesser" uten å si hvilke; de må angis konkret (art. 7:653 lid 2 BW).`,
            en: `The reasons only name "compelling interests" without saying which; they must be stated concretely (art. 7:653(2) BW).`,
          },
        });
        continue;
      }
      const first = rc.restraints[0];
      const at = restraintAnchor(doc, first);
      // insert after the last paragraph that holds a restraint sentence of the clause
      const last = rc.restraints[rc.restraints.length - 1].sentence;
      const block = rc.clause.blocks.find((b) => b.start <= last.start && last.end <= b.end);
      const insertAt = block ? block.end : last.end;
      const text = `${eol}${eol}${MOTIVATION_PLACEHOLDER[ctx.lang as Lang]}`;
      ctx.report({
        ...at,
        message: {
          nl: `${name.nl} in een contract voor bepaalde tijd zonder schriftelijke motivering van zwaarwegende bedrijfs- of dienstbelangen (art. 7:653 lid 2 BW).`,
          no: `${name.no} i en midlertidig avtale uten skriftlig begrunnelse av tungtveiende bedrifts- eller tjenestemessige hensyn (art. 7:653 lid 2 BW).`,
          en: `${name.en} in a fixed-term contract without written reasons showing compelling business or service interests (art. 7:653(2) BW).`,
        },
        fixes: [
          {
            title: { nl: 'Motivering toevoegen (invullen)', no: 'Legg til begrunnelse (fyll ut)', en: 'Add a motivation paragraph (to be completed)' },
            edits: [{ start: insertAt, end: insertAt, text }],
            preferred: true,
          },
        ],
      });
    }
  },
};
