import type { Jurisdiction, Localized, Rule } from '../core/types';
import {
  EMPLOYER_OWNERSHIP, OWNERSHIP_RELATION, SUBJECT_LABEL, TRANSFER, isPersonalSocial, pairSubjects, partyTerms,
  replacementRange, sentenceCase, socialUnits, type RelationHit, type SocialUnit, type Subject,
} from '../core/social';
import type { AnalyzedDocument } from '../core/types';

/**
 * The employer claims the employee's personal profile, account, connections, followers or network,
 * or requires its transfer. A claim is a relation (ownership, employer-ownership or transfer) paired
 * with a personal social subject, pointing at the employer (or, for a transfer, at no one in
 * particular), not negated.
 */
export function ownershipClaims(doc: AnalyzedDocument, unit: SocialUnit): RelationHit[] {
  const accept = (s: Subject, all: readonly Subject[]) => isPersonalSocial(doc, unit, s, all);
  const out: RelationHit[] = [];
  for (const hit of pairSubjects(doc, unit, EMPLOYER_OWNERSHIP, { accept })) {
    if (!hit.negated) out.push(hit);
  }
  for (const hit of pairSubjects(doc, unit, OWNERSHIP_RELATION, { accept })) {
    if (!hit.negated && hit.owner?.party === 'employer') out.push(hit);
  }
  for (const hit of pairSubjects(doc, unit, TRANSFER, { accept, mode: 'transfer' })) {
    if (!hit.negated && hit.owner?.party !== 'employee' && hit.owner?.party !== 'store') out.push(hit);
  }
  return out;
}

const NL_PHRASE: Record<keyof typeof SUBJECT_LABEL, string> = {
  profile: 'het persoonlijke profiel',
  account: 'het persoonlijke account',
  connections: 'de connecties',
  followers: 'de volgers',
  network: 'het persoonlijke netwerk',
  contacts: 'de via sociale media opgebouwde contacten',
};

const MESSAGES: Record<Jurisdiction, (l: Localized) => Localized> = {
  NL: (l) => ({
    nl: `Werkgever claimt ${l.nl} van werknemer of eist overdracht ervan; een LinkedIn-account en de connecties zijn van het lid en niet overdraagbaar (LinkedIn-gebruikersovereenkomst § 2.2, art. 7:611 BW, AVG art. 5 en 6).`,
    no: `Arbeidsgiver krever eierskap til eller overføring av arbeidstakerens personlige ${l.no}; en LinkedIn-konto med forbindelser tilhører medlemmet og kan ikke overføres (LinkedIns brukeravtale § 2.2, art. 7:611 BW, GDPR art. 5 og 6).`,
    en: `The employer claims the employee's personal ${l.en} or requires its transfer; a LinkedIn account and its connections belong to the member and cannot be transferred (LinkedIn User Agreement § 2.2, art. 7:611 BW, GDPR arts 5 and 6).`,
  }),
  NO: (l) => ({
    nl: `Werkgever claimt ${l.nl} van werknemer of eist overdracht ervan; een LinkedIn-account en de connecties zijn van het lid en niet overdraagbaar (LinkedIn-gebruikersovereenkomst § 2.2, AVG art. 5 en 6).`,
    no: `Arbeidsgiver krever eierskap til eller overføring av arbeidstakerens personlige ${l.no}; en LinkedIn-konto med forbindelser tilhører medlemmet og kan ikke overføres (LinkedIns brukeravtale § 2.2, personvernforordningen art. 5 og 6).`,
    en: `The employer claims the employee's personal ${l.en} or requires its transfer; a LinkedIn account and its connections belong to the member and cannot be transferred (LinkedIn User Agreement § 2.2, GDPR arts 5 and 6).`,
  }),
  UK: (l) => ({
    nl: `Werkgever claimt ${l.nl} van werknemer; alleen zakelijke contacten uit de vertrouwelijke database van werkgever (Hays v Ions) en door werkgever beheerde groepen (Whitmar v Gamage) zijn beschermd, het account zelf is persoonlijk (LinkedIn User Agreement § 2.2).`,
    no: `Arbeidsgiver krever arbeidstakerens personlige ${l.no}; bare forretningskontakter fra arbeidsgiverens fortrolige database (Hays v Ions) og grupper drevet for arbeidsgiver (Whitmar v Gamage) er vernet, selve kontoen er personlig (LinkedIn User Agreement § 2.2).`,
    en: `The employer claims the employee's personal ${l.en}; only business contacts taken from the employer's confidential database (Hays v Ions) and employer-run groups (Whitmar v Gamage) are protected, the account itself is personal (LinkedIn User Agreement § 2.2).`,
  }),
};

/** The model clause, in the document's language and with the document's own party terms. */
export function profileModelClause(doc: AnalyzedDocument, capital: boolean): string {
  const t = partyTerms(doc);
  const text = {
    nl: `persoonlijke profielen op sociale media en de connecties daarin blijven van ${t.employee}; zakelijke contactgegevens worden vastgelegd in het CRM ${t.employerOf}`,
    no: `personlige profiler i sosiale medier og forbindelsene der tilhører ${t.employee}; forretningskontakter registreres i ${t.employerOf} CRM-system`,
    en: `personal social media profiles and connections remain ${t.employeeOf} own; business contact data is recorded in ${t.employerOf} CRM`,
  }[doc.lang];
  return sentenceCase(text, capital);
}

export const rule: Rule = {
  meta: {
    id: 'profile-ownership',
    title: {
      nl: 'Werkgever claimt persoonlijk profiel of netwerk',
      no: 'Arbeidsgiver krever personlig profil eller nettverk',
      en: 'Employer claims a personal profile or network',
    },
    description: {
      nl: 'Werkgever claimt de eigendom van het persoonlijke LinkedIn- of sociale-mediaprofiel, account, de connecties, volgers of het netwerk van werknemer, of eist overdracht daarvan.',
      no: 'Arbeidsgiver krever eierskap til arbeidstakerens personlige LinkedIn- eller sosiale medier-profil, konto, forbindelser, følgere eller nettverk, eller krever at det overføres.',
      en: "The employer claims ownership of the employee's personal LinkedIn or social-media profile, account, connections, followers or network, or requires its transfer.",
    },
    rationale: {
      nl: 'Volgens de LinkedIn-gebruikersovereenkomst (§ 2.2) is een account van het lid, ook tegenover de werkgever, en mag geen deel ervan (zoals connecties) worden overgedragen; wie een Recruiter-licentie betaalt, beheert alleen die dienst. De connecties zijn persoonsgegevens van derden: een claim daarop gaat verder dan nodig (AVG art. 5 lid 1 onder c) en mist een grondslag (art. 6). Een goed werkgever (art. 7:611 BW) beschermt zijn belang met een relatiebeding en een CRM, niet door het privéprofiel over te nemen.',
      no: 'Etter LinkedIns brukeravtale (§ 2.2) tilhører kontoen medlemmet, også overfor arbeidsgiveren, og ingen del av den (som forbindelser) kan overføres; den som betaler for en Recruiter-lisens, styrer bare den tjenesten. Forbindelsene er personopplysninger om tredjepersoner: et krav på dem går lenger enn nødvendig (GDPR art. 5 nr. 1 bokstav c) og mangler behandlingsgrunnlag (art. 6). Arbeidsgiverens interesse vernes med en kundeklausul (aml. § 14 A-4) og et CRM-system.',
      en: "Under the LinkedIn User Agreement (§ 2.2) an account belongs to its member, also as against the employer, and no part of it (connections included) may be transferred; whoever pays for a Recruiter seat controls only that service. English courts protect business contacts taken from the employer's confidential database (Hays v Ions) and LinkedIn groups run for the employer (Whitmar v Gamage), but not the personal account itself, so a blanket claim is unlikely to be enforced.",
    },
    alternative: {
      nl: 'Persoonlijke profielen en connecties blijven van werknemer; zakelijke contactgegevens worden vastgelegd in het CRM van werkgever. Bescherm klantrelaties met een schriftelijk relatiebeding (art. 7:653 BW).',
      no: 'Personlige profiler og forbindelser tilhører arbeidstakeren; forretningskontakter registreres i arbeidsgiverens CRM-system. Vern kundeforhold med en skriftlig kundeklausul (aml. § 14 A-4).',
      en: "Personal profiles and connections remain the employee's own; business contact data is recorded in the employer's CRM. Protect client relationships with a reasonable non-solicitation covenant.",
    },
    severity: { NL: 'error', NO: 'error', UK: 'warning' },
    languages: ['nl', 'no', 'en'],
    citations: {
      all: ['linkedin-user-agreement'],
      NL: ['bw-7-611', 'gdpr-5', 'gdpr-6'],
      NO: ['gdpr-5', 'gdpr-6'],
      UK: ['hays-v-ions', 'whitmar-v-gamage'],
    },
    fixable: true,
    scope: 'clause',
  },
  check(ctx) {
    const { doc } = ctx;
    for (const unit of socialUnits(doc)) {
      const hits = ownershipClaims(doc, unit);
      if (!hits.length) continue;
      const kind = hits[0].subject.kind === 'company-thing' ? 'profile' : hits[0].subject.kind;
      const label = { ...SUBJECT_LABEL[kind], nl: NL_PHRASE[kind] };
      const fixes = [];
      if (!unit.lead) {
        const range = replacementRange(doc, unit);
        fixes.push({
          title: {
            nl: 'Vervang door modelbepaling: profielen en connecties blijven van werknemer',
            no: 'Erstatt med modellklausul: profiler og forbindelser tilhører arbeidstakeren',
            en: "Replace with model clause: profiles and connections remain the employee's",
          },
          edits: [{ start: range.start, end: range.end, text: profileModelClause(doc, unit.sentenceStart) }],
          preferred: true,
        });
      }
      ctx.report({ start: unit.start, end: unit.end, message: MESSAGES[ctx.jurisdiction](label), fixes });
    }
  },
};
