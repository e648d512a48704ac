import type { AnalyzedDocument, Jurisdiction, Localized, Rule } from '../core/types';
import {
  ACCOUNT_ACCESS, ACCOUNT_HANDOVER, MAX_PER_UNIT, COMPANY_OWNED, COMPANY_SYSTEM, CREDENTIALS, DISCLOSE, LEAVE_BEHIND, SECRECY, SOCIAL_PLATFORM,
  TRANSFER, classifyCompound, findSubjects, isNegated, isPersonalSocial, isSocialTitled, mentionsIn, pairSubjects, rangeOf,
  socialUnits, spanAround, unitSubjects, type Mention, type SocialUnit, type Subject,
} from '../core/social';

type Why = 'credentials' | 'transfer';

/**
 * Log-in details handed over: a credentials word with a disclosure verb in its span, about a personal
 * social account (a platform or personal account named nearer than a company system, or a social
 * title above), not negated and not a keep-it-secret instruction.
 */
export function credentialsDisclosure(doc: AnalyzedDocument, unit: SocialUnit): Mention | undefined {
  const { masked } = doc;
  for (const c of mentionsIn(doc, CREDENTIALS, unit.start, unit.end).slice(0, MAX_PER_UNIT)) {
    const range = rangeOf(unit, c.start);
    const span = spanAround(doc, range, c.start, c.end);
    const compound = classifyCompound(masked, c.start, span.start);
    if (compound === 'company' || compound === 'other') continue;
    const actions = mentionsIn(doc, DISCLOSE, span.start, span.end).filter((a) => a.end <= c.start || a.start >= c.end);
    if (!actions.length) continue;
    if (mentionsIn(doc, SECRECY, span.start, span.end).length) continue;
    let social = compound === 'social' || compound === 'personal';
    if (!social) {
      const dist = (m: Mention) => (m.start >= c.end ? m.start - c.end : c.start - m.end);
      const subjects = findSubjects(doc, span.start, span.end).filter((s) => s.kind === 'account' || s.kind === 'profile' || s.kind === 'company-thing');
      const socialEv = [
        ...mentionsIn(doc, SOCIAL_PLATFORM, span.start, span.end),
        ...subjects.filter((s) => s.owner !== 'company' && s.kind !== 'company-thing' && (s.social || s.personalAdjective)),
      ].map(dist);
      const companyEv = [
        ...mentionsIn(doc, COMPANY_SYSTEM, span.start, span.end),
        ...mentionsIn(doc, COMPANY_OWNED, span.start, span.end),
        ...subjects.filter((s) => s.owner === 'company'),
      ].map(dist);
      const ds = socialEv.reduce((a, b) => Math.min(a, b), Infinity);
      const dc = companyEv.reduce((a, b) => Math.min(a, b), Infinity);
      if (ds < Infinity) social = ds <= dc;
      else social = dc === Infinity && isSocialTitled(doc, unit.clause);
    }
    if (!social) continue;
    const negated = actions.every((a) => {
      const from = Math.max(span.start, Math.min(a.start, c.start) - 30);
      return isNegated(doc, from, Math.max(a.end, c.end));
    });
    if (!negated) return c;
  }
  return undefined;
}

/** A personal social account (or profile) transferred, handed over, left behind, or opened to the employer. */
export function accountTransfer(doc: AnalyzedDocument, unit: SocialUnit): Subject | undefined {
  const accept = (s: Subject, all: readonly Subject[]) => (s.kind === 'account' || s.kind === 'profile') && isPersonalSocial(doc, unit, s, all);
  for (const re of [TRANSFER, LEAVE_BEHIND]) {
    for (const hit of pairSubjects(doc, unit, re, { accept, mode: 'transfer' })) {
      if (!hit.negated && hit.owner?.party !== 'employee' && hit.owner?.party !== 'store') return hit.subject;
    }
  }
  for (const hit of pairSubjects(doc, unit, ACCOUNT_HANDOVER, { accept, maxAfter: 40, mode: 'transfer' })) {
    if (!hit.negated && hit.owner?.party !== 'employee') return hit.subject;
  }
  // "geeft werkgever toegang tot zijn LinkedIn-account", "give the Company admin access to the account"
  const subjects = unitSubjects(doc, unit);
  for (const a of mentionsIn(doc, ACCOUNT_ACCESS, unit.start, unit.end).slice(0, MAX_PER_UNIT)) {
    const span = spanAround(doc, rangeOf(unit, a.start), a.start, a.end);
    const target = subjects.find(
      (s) => s.start >= a.end && s.start - a.end <= 45 && s.end <= span.end && (s.kind === 'account' || s.kind === 'profile') &&
        s.owner !== 'company' && (s.social || s.personalAdjective || isPersonalSocial(doc, unit, { ...s, role: 'object' }, subjects)),
    );
    if (!target) continue;
    const grant = mentionsIn(doc, DISCLOSE, span.start, span.end).find((g) => g.end <= a.start || g.start >= a.end);
    if (!grant) continue;
    if (isNegated(doc, Math.max(span.start, Math.min(grant.start, a.start) - 30), target.start)) continue;
    return target;
  }
  return undefined;
}

const MESSAGES: Record<Why, Record<Jurisdiction, Localized>> = {
  credentials: {
    NL: {
      nl: 'Werknemer moet inloggegevens van een persoonlijk account afgeven; LinkedIn verbiedt het delen van wachtwoorden en de AP staat werkgevers geen inloggegevens toe (LinkedIn-gebruikersovereenkomst § 2.2, AVG art. 5 lid 1 onder c en f).',
      no: 'Arbeidstakeren må gi fra seg påloggingsinformasjon til en personlig konto; LinkedIn forbyr deling av passord, og den nederlandske AP godtar ikke at arbeidsgivere får innlogging (LinkedIns brukeravtale § 2.2, GDPR art. 5).',
      en: "The employee must hand over log-in details of a personal account; LinkedIn forbids sharing passwords and the Dutch DPA allows employers no log-in details (LinkedIn User Agreement § 2.2, GDPR art. 5(1)(c) and (f)).",
    },
    NO: {
      nl: 'Werknemer moet inloggegevens van een persoonlijk account afgeven; LinkedIn verbiedt het delen van wachtwoorden (LinkedIn-gebruikersovereenkomst § 2.2, AVG art. 5 lid 1 onder c en f).',
      no: 'Arbeidstakeren må gi fra seg brukernavn og passord til en personlig konto; LinkedIn forbyr deling av passord, og kravet er uforholdsmessig (LinkedIns brukeravtale § 2.2, personvernforordningen art. 5 nr. 1 bokstav c og f).',
      en: 'The employee must hand over log-in details of a personal account; LinkedIn forbids sharing passwords and the demand is disproportionate (LinkedIn User Agreement § 2.2, GDPR art. 5(1)(c) and (f)).',
    },
    UK: {
      nl: 'Werknemer moet inloggegevens van een persoonlijk account afgeven; LinkedIn verbiedt het delen van wachtwoorden en accounts (LinkedIn User Agreement § 2.2).',
      no: 'Arbeidstakeren må gi fra seg påloggingsinformasjon til en personlig konto; LinkedIn forbyr deling av passord og kontoer (LinkedIn User Agreement § 2.2).',
      en: 'The employee must hand over log-in details of a personal account; LinkedIn forbids sharing passwords or accounts, so the clause requires a breach of the platform terms (LinkedIn User Agreement § 2.2).',
    },
  },
  transfer: {
    NL: {
      nl: 'Werknemer moet een persoonlijk account overdragen, afgeven of achterlaten; een LinkedIn-account is van het lid en niet overdraagbaar (LinkedIn-gebruikersovereenkomst § 2.2, AVG art. 5).',
      no: 'Arbeidstakeren må overføre, levere fra seg eller etterlate en personlig konto; en LinkedIn-konto tilhører medlemmet og kan ikke overføres (LinkedIns brukeravtale § 2.2, GDPR art. 5).',
      en: 'The employee must transfer, hand over or leave behind a personal account; a LinkedIn account belongs to the member and cannot be transferred (LinkedIn User Agreement § 2.2, GDPR art. 5).',
    },
    NO: {
      nl: 'Werknemer moet een persoonlijk account overdragen, afgeven of achterlaten; een LinkedIn-account is van het lid en niet overdraagbaar (LinkedIn-gebruikersovereenkomst § 2.2, AVG art. 5).',
      no: 'Arbeidstakeren må overføre, levere fra seg eller etterlate en personlig konto; en LinkedIn-konto tilhører medlemmet og kan ikke overføres (LinkedIns brukeravtale § 2.2, personvernforordningen art. 5).',
      en: 'The employee must transfer, hand over or leave behind a personal account; a LinkedIn account belongs to the member and cannot be transferred (LinkedIn User Agreement § 2.2, GDPR art. 5).',
    },
    UK: {
      nl: 'Werknemer moet een persoonlijk account overdragen, afgeven of achterlaten; een LinkedIn-account is van het lid en niet overdraagbaar (LinkedIn User Agreement § 2.2).',
      no: 'Arbeidstakeren må overføre, levere fra seg eller etterlate en personlig konto; en LinkedIn-konto tilhører medlemmet og kan ikke overføres (LinkedIn User Agreement § 2.2).',
      en: 'The employee must transfer, hand over or leave behind a personal account; a LinkedIn account belongs to the member and cannot be transferred (LinkedIn User Agreement § 2.2).',
    },
  },
};

export const rule: Rule = {
  meta: {
    id: 'account-credentials',
    title: {
      nl: 'Inloggegevens of persoonlijk account afgeven',
      no: 'Passord eller personlig konto må leveres fra seg',
      en: 'Personal account credentials or account handed over',
    },
    description: {
      nl: 'Werknemer moet wachtwoorden of inloggegevens van persoonlijke (sociale-media)accounts afgeven, of een persoonlijk account overdragen of achterlaten.',
      no: 'Arbeidstakeren må gi fra seg passord eller påloggingsinformasjon til personlige kontoer i sosiale medier, eller overføre eller etterlate en personlig konto.',
      en: 'The employee must hand over passwords or log-in details of personal (social-media) accounts, or transfer or leave behind a personal account.',
    },
    rationale: {
      nl: 'De LinkedIn-gebruikersovereenkomst verplicht leden hun wachtwoord geheim te houden, hun account niet te delen en niets ervan over te dragen. Toegang tot een privéaccount geeft werkgever inzage in berichten en gegevens van werknemer en van derden: dat is niet noodzakelijk (AVG art. 5 lid 1 onder c) en ondermijnt de beveiliging (art. 5 lid 1 onder f). De Autoriteit Persoonsgegevens stelt dat een werkgever alleen openbare informatie mag bekijken en nooit om inloggegevens mag vragen.',
      no: 'LinkedIns brukeravtale pålegger medlemmer å holde passordet hemmelig, ikke dele kontoen og ikke overføre noen del av den. Tilgang til en privat konto gir arbeidsgiveren innsyn i meldinger og opplysninger om arbeidstakeren og tredjepersoner; det er ikke nødvendig (GDPR art. 5 nr. 1 bokstav c) og svekker sikkerheten (bokstav f).',
      en: "The LinkedIn User Agreement requires members to keep their password confidential, not to share their account and not to transfer any part of it. Access to a personal account exposes the employee's and third parties' messages and data, which is not necessary (GDPR art. 5(1)(c)) and undermines security (art. 5(1)(f)).",
    },
    alternative: {
      nl: 'Laat werknemer werkgerelateerde berichten via door werkgever beheerde kanalen (bedrijfspagina, Recruiter-licentie, CRM) lopen; vraag nooit inloggegevens van privéaccounts. Wachtwoorden van bedrijfssystemen en bedrijfsaccounts vallen hier niet onder.',
      no: 'La arbeidsrelatert kommunikasjon gå gjennom kanaler arbeidsgiveren styrer (bedriftsside, Recruiter-lisens, CRM); be aldri om passord til private kontoer. Passord til selskapets systemer og bedriftskontoer omfattes ikke.',
      en: "Route work communication through channels the employer controls (company page, Recruiter seat, CRM) and never ask for passwords of personal accounts. Credentials of company systems and company-owned accounts are not affected.",
    },
    severity: { NL: 'error', NO: 'error', UK: 'error' },
    languages: ['nl', 'no', 'en'],
    citations: {
      all: ['linkedin-user-agreement'],
      NL: ['gdpr-5', 'ap-werknemers-sociale-media'],
      NO: ['gdpr-5'],
    },
    fixable: false,
    scope: 'clause',
  },
  check(ctx) {
    const { doc } = ctx;
    for (const unit of socialUnits(doc)) {
      let why: Why | undefined;
      if (credentialsDisclosure(doc, unit)) why = 'credentials';
      else if (accountTransfer(doc, unit)) why = 'transfer';
      if (!why) continue;
      ctx.report({ start: unit.start, end: unit.end, message: MESSAGES[why][ctx.jurisdiction] });
    }
  },
};
