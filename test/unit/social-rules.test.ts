/**
 * Table tests for the five personal-network rules (profile-ownership, account-credentials,
 * linkedin-cleanup, network-handover, unsolicited-commercial-messages) and the shared concepts of
 * server/src/core/social.ts: one sentence each, in nl / no / en, flagged or not, plus fix output.
 */
import { describe, expect, it } from 'vitest';
import { analyze, lint } from '../../server/src/core/lint';
import { applyEdits, fixAllEdits } from '../../server/src/core/fixes';
import type { Jurisdiction, Lang } from '../../server/src/core/types';
import { findSubjects, partyTerms, socialUnits } from '../../server/src/core/social';

const MINE = ['profile-ownership', 'account-credentials', 'linkedin-cleanup', 'network-handover', 'unsolicited-commercial-messages'];

type Row = [rule: string, jurisdiction: Jurisdiction, lang: Lang, text: string];

const ruleIds = (text: string, jurisdiction: Jurisdiction, lang: Lang) =>
  [...new Set(lint(text, { jurisdiction, lang }).map((f) => f.ruleId).filter((id) => MINE.includes(id)))].sort();

const invalid: Row[] = [
  // profile-ownership
  ['profile-ownership', 'NL', 'nl', 'Het account van werknemer op LinkedIn komt bij beëindiging van de arbeidsovereenkomst toe aan werkgever.'],
  ['profile-ownership', 'NL', 'nl', 'De eigendom van alle connecties die werknemer op LinkedIn heeft, berust bij werkgever.'],
  ['profile-ownership', 'NL', 'nl', 'Werkgever verkrijgt de eigendom van het LinkedIn-netwerk van werknemer.'],
  ['profile-ownership', 'NO', 'no', 'Arbeidstakerens LinkedIn-profil skal anses som arbeidsgiverens eiendom.'],
  ['profile-ownership', 'NO', 'no', 'Selskapet har eierskap til alle forbindelser som opprettes i arbeidstiden.'],
  ['profile-ownership', 'NO', 'no', 'Profilen og nettverket\ntilhører arbeidsgiver.'],
  ['profile-ownership', 'UK', 'en', "The Employee's followers on social media shall belong exclusively to the Company."],
  ['profile-ownership', 'UK', 'en', 'Ownership of all social media accounts used by the Employee for business purposes shall vest in the Company.'],
  ['profile-ownership', 'UK', 'en', 'The following shall be the property of the Company:\n\n- all LinkedIn connections made during employment;\n'],
  // account-credentials
  ['account-credentials', 'NL', 'nl', 'Werknemer geeft zijn wachtwoord van LinkedIn op verzoek aan zijn leidinggevende.'],
  ['account-credentials', 'NO', 'no', 'Arbeidstaker skal på forespørsel gi arbeidsgiver tilgang til sin LinkedIn-konto.'],
  ['account-credentials', 'UK', 'en', 'Employees must give their manager the password to any personal account they use for work.'],
  // linkedin-cleanup
  ['linkedin-cleanup', 'NL', 'nl', 'Werknemer verwijdert na uitdiensttreding op verzoek van werkgever relaties van werkgever uit zijn netwerk op LinkedIn.'],
  ['linkedin-cleanup', 'NO', 'no', 'Arbeidstaker skal innen en uke etter fratreden fjerne alle kunder fra sin kontaktliste på LinkedIn.'],
  ['linkedin-cleanup', 'UK', 'en', 'The Employee shall, upon the termination of employment, delete all connections with Clients on LinkedIn.'],
  // network-handover
  ['network-handover', 'NL', 'nl', 'Werknemer maakt bij vertrek een export van zijn LinkedIn-connecties en stuurt deze naar HR.'],
  ['network-handover', 'NO', 'no', 'Arbeidstaker skal overlevere en kopi av kontaktlisten sin på LinkedIn til Selskapet.'],
  ['network-handover', 'UK', 'en', 'The Employee shall disclose to the Company the identity of all contacts in their LinkedIn network on request.'],
  // unsolicited-commercial-messages
  ['unsolicited-commercial-messages', 'NL', 'nl', 'Werknemer benadert via LinkedIn actief prospects met commerciële aanbiedingen.'],
  ['unsolicited-commercial-messages', 'NO', 'no', 'Arbeidstaker skal sende tilbud til potensielle kunder via LinkedIn-meldinger.'],
  ['unsolicited-commercial-messages', 'UK', 'en', 'The Employee shall use their personal LinkedIn account to send promotional messages to prospects.'],
];

const valid: Array<[Jurisdiction, Lang, string]> = [
  ['NL', 'nl', 'Persoonlijke profielen blijven eigendom van werknemer.'],
  ['NL', 'nl', 'Werkgever maakt geen aanspraak op het LinkedIn-profiel van werknemer.'],
  ['NL', 'nl', 'De connecties van werknemer zijn niet van werkgever.'],
  ['NL', 'nl', 'Werknemer houdt zijn LinkedIn-wachtwoord geheim.'],
  ['NL', 'nl', 'Werknemer verwijdert bij vertrek alle zakelijke e-mails en bestanden van zijn privé-pc.'],
  ['NL', 'nl', 'Het functieprofiel is eigendom van werkgever.'],
  ['NO', 'no', 'Nettverket arbeidstakeren bygger opp på LinkedIn, tilhører arbeidstakeren.'],
  ['NO', 'no', 'Selskapet gjør ikke krav på arbeidstakerens profiler i sosiale medier.'],
  ['NO', 'no', 'Lønn overføres til arbeidstakers konto den 20. hver måned.'],
  ['NO', 'no', 'Arbeidstaker skal ikke gi noen tilgang til sin LinkedIn-konto.'],
  ['NO', 'no', 'I forbindelse med fratreden skal PC og telefon leveres tilbake.'],
  ['UK', 'en', 'the Company page and its followers belong to the Company.'],
  ['UK', 'en', 'Business contact details must be recorded in the CRM.'],
  ['UK', 'en', 'The Company acknowledges that the Employee owns their LinkedIn profile and connections.'],
  ['UK', 'en', 'All customer connections developed during employment are the property of the Company.'],
  ['UK', 'en', 'The LinkedIn Recruiter licence is paid for by the Company and belongs to it.'],
  ['UK', 'en', 'In connection with the employment, all documents belong to the Company.'],
  ['UK', 'en', 'Salary shall be transferred to the Employee\'s account.'],
  ['UK', 'en', 'Staff must never share the password to their personal LinkedIn account.'],
  ['UK', 'en', 'Employees should share the Company\'s LinkedIn posts with their connections.'],
  ['UK', 'en', 'The Employee shall respond to prospects who contact them via LinkedIn.'],
];

describe('personal-network rules: flagged', () => {
  for (const [rule, jurisdiction, lang, text] of invalid) {
    it(`${rule} (${jurisdiction}): ${text.slice(0, 60)}`, () => {
      expect(ruleIds(text, jurisdiction, lang)).toContain(rule);
    });
  }
});

describe('personal-network rules: not flagged', () => {
  for (const [jurisdiction, lang, text] of valid) {
    it(`${jurisdiction}: ${text.slice(0, 60)}`, () => {
      expect(ruleIds(text, jurisdiction, lang)).toEqual([]);
    });
  }
});

describe('severity per jurisdiction', () => {
  it('profile-ownership is an error in NL and NO, a warning in the UK', () => {
    const text = 'All LinkedIn connections made during employment shall be the property of the Company.';
    const sev = (jurisdiction: Jurisdiction) => lint(text, { jurisdiction, lang: 'en' }).find((f) => f.ruleId === 'profile-ownership')?.severity;
    expect([sev('NL'), sev('NO'), sev('UK')]).toEqual(['error', 'error', 'warning']);
  });
  it('network-handover is info in the UK', () => {
    const f = lint('The Employee shall export their LinkedIn connections and send the file to the Company.', { jurisdiction: 'UK' });
    expect(f.find((x) => x.ruleId === 'network-handover')?.severity).toBe('info');
  });
});

describe('fixes', () => {
  const cases: Array<[Jurisdiction, Lang, string]> = [
    ['NL', 'nl', 'Artikel 7.\n\nHet LinkedIn-profiel van Werknemer is eigendom van Werkgever. Werknemer houdt het profiel actueel.\n'],
    ['NO', 'no', 'Profilen og nettverket tilhører Selskapet.\n'],
    ['UK', 'en', 'Upon termination the Employee shall delete all Clients from their LinkedIn connections.\n'],
  ];
  for (const [jurisdiction, lang, text] of cases) {
    it(`fix-all leaves no finding of these rules and changes only the sentence (${lang})`, () => {
      const findings = lint(text, { jurisdiction, lang });
      const fixed = applyEdits(text, fixAllEdits(findings));
      expect(fixed).not.toBe(text);
      expect(ruleIds(fixed, jurisdiction, lang)).toEqual([]);
      const first = findings.find((f) => MINE.includes(f.ruleId))!;
      expect(fixed.slice(0, first.start)).toBe(text.slice(0, first.start));
      expect(fixed.endsWith(text.slice(first.end))).toBe(true);
    });
  }
  it('uses the document\'s own party terms', () => {
    const text = 'Between Acme Ltd (the "Employer") and Kim (the "Employee").\n\nThe Employee\'s LinkedIn network belongs to the Employer.\n';
    const fixed = applyEdits(text, fixAllEdits(lint(text, { jurisdiction: 'UK', lang: 'en' })));
    expect(fixed).toContain("remain the Employee's own; business contact data is recorded in the Employer's CRM.");
  });
});

describe('social.ts concepts', () => {
  const subjectsOf = (text: string) => {
    const doc = analyze(text, {});
    return socialUnits(doc).flatMap((u) => findSubjects(doc, u.start, u.end)).map((s) => `${s.text}:${s.kind}:${s.owner}:${s.role}`);
  };
  it('classifies compounds, possessives and company-owned things', () => {
    expect(subjectsOf('Het LinkedIn-profiel van werknemer')).toEqual(['LinkedIn-profiel:profile:personal:object']);
    expect(subjectsOf('the Company page and its followers')).toEqual(['Company page:company-thing:company:object', 'followers:followers:company:object']);
    expect(subjectsOf('bedrijfsaccounts en privé-accounts')).toEqual(['bedrijfsaccounts:company-thing:company:object', 'privé-accounts:account:personal:object']);
    expect(subjectsOf('share posts with your network')).toEqual(['network:network:personal:recipient']);
    expect(subjectsOf('Het functieprofiel')).toEqual([]);
  });
  it('finds the party terms a document uses', () => {
    expect(partyTerms(analyze('Arbeidstakeren og Selskapet. Selskapet betaler lønn til arbeidstakeren.', { lang: 'no' }))).toMatchObject({
      employer: 'Selskapet',
      employerOf: 'Selskapets',
      employee: 'arbeidstakeren',
    });
  });
});
