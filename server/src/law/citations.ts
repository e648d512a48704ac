/**
 * Citation catalogue: every statute article, case, proposal, guidance, platform term and treaty that
 * a clauselint finding may rest on, with a short label, a summary in nl / no / en and an official URL.
 * "A citation that is wrong is worse than none": summaries paraphrase, say only what was checked, and
 * a pending bill is always called a proposal (wetsvoorstel / forslag / proposal).
 *
 * VERIFICATION LOG (done with the stored-copy search tools; there was no live internet):
 *
 * Verified from a stored copy (official page, or a court / regulator / publisher page that reproduces
 * the text or the case details):
 * - bw-7-653 and lid-1..5: text of art. 7:653 BW (post-WWZ numbering: lid 1 onbepaalde tijd + schriftelijk
 *   + meerderjarig, lid 2 bepaalde tijd + schriftelijke motivering, lid 3 vernietiging a/b, lid 4 ernstig
 *   verwijtbaar werkgever, lid 5 vergoeding) read in a reproduction of the consolidated text (explore.law).
 *   URL form wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=N seen in many stored links.
 * - wor-27: BWBR0002747 and the jci link ...&artikel=27; lid 1 sub l wording (gericht op of geschikt
 *   voor waarneming van gedrag of prestaties) seen in a stored note quoting the Act.
 * - tw-11-7: BWBR0009950 (Telecommunicatiewet) seen in many stored links; jci form by analogy with wor-27.
 * - wbk: BWBR0037852, official consolidated text on wetten.overheid.nl (geldend vanaf 18-02-2023).
 * - hr-2019-313: ECLI:NL:HR:2019:313, HR 8-3-2019, 18/00959, Fromatech; inhoudsindicatie says art. 81 RO,
 *   stelplicht/bewijslast zwaarwegende bedrijfsbelangen (lid 2); A-G conclusion ECLI:NL:PHR:2019:46
 *   (rechtspraak.nl page) and ECLI:NL:GHSHE:2018:68 below.
 * - ghshe-2017-1784: Hof 's-Hertogenbosch 18-4-2017, 200.192.402/01: five years cut to 18 months.
 * - ghshe-2015-3316: Hof 's-Hertogenbosch 25-8-2015, HD 200.161.420/01: three years cut to one year.
 * - ktr-maastricht-2012-linkedin: ECLI:NL:RBMAA:2012:BV3122, 8-2-2012 (dance teacher; Facebook, Hyves,
 *   Twitter, not LinkedIn; no active approach shown; clause too broad).
 * - ktr-utrecht-2018-functietitel: ECLI:NL:RBMNE:2018:2076, Rb. Midden-Nederland (ktr. Utrecht) 6-3-2018.
 * - GDPR: ELI https://eur-lex.europa.eu/eli/reg/2016/679/oj and the #art_N / #rct_N anchors, used
 *   consistently in many stored sources (incl. tests asserting them). Article contents from the
 *   Regulation itself (well known); not re-read from a stored official copy.
 * - dir-2019-1937-24: ELI https://eur-lex.europa.eu/eli/dir/2019/1937/oj seen; the #art_24 anchor is the
 *   same EUR-Lex format as the GDPR anchors (not separately seen). Art. 24 content from the Directive.
 * - wp249: adopted 8 June 2017; URL ec.europa.eu/newsroom/article29/items/610169 (many stored links);
 *   consent "highly unlikely" unless refusal without adverse consequence, proportionality, transparency
 *   (several stored summaries).
 * - barbulescu: HUDOC item 001-177082 = Bărbulescu v. Romania [GC], 61496/08, 5-9-2017 (several sources;
 *   judgment text stored).
 * - echr-8 / echr-10: convention PDF URL https://www.echr.coe.int/documents/d/echr/convention_ENG.
 * - aml-14a-1..4, aml-14a-6: text of §§ 14 A-1 (six ledd; the dismissal rule IS the fourth ledd),
 *   14 A-2 (official text on arbeidstilsynet.no, quoted below), 14 A-3, 14 A-4 (reproductions of the
 *   lovtekst), 14 A-6 (NHO and a law-firm article: only between undertakings).
 * - mfl-15: Forbrukertilsynet guidance on markedsføringsloven § 15 (LOV-2009-01-09-2).
 * - hays-v-ions: BAILII page /ew/cases/EWHC/Ch/2008/745.html stored (16-4-2008, David Richards J).
 * - whitmar-v-gamage: [2013] EWHC 1881 (Ch), 4-7-2013, Peter Leaver QC (vLex copy + reports).
 * - safetynet-v-coppage: first instance [2012] EWHC B11 (Mercantile), 15-8-2012, BAILII page stored;
 *   appeal Coppage v Safety Net Security Ltd [2013] EWCA Civ 1176, 11-10-2013, National Archives page
 *   stored. The "general announcement is not solicitation" observation is from the FIRST-INSTANCE judge
 *   (one secondary source: justemployment.com); the Court of Appeal upheld the covenant and the breach.
 * - tillman: [2019] UKSC 32, 3-7-2019; BAILII URL /uk/cases/UKSC/2019/32.html seen in a stored link.
 *   The supremecourt.uk case id given in the brief (uksc-2017-0217) could NOT be confirmed; counsel's
 *   chambers page links uksc-2017-0182 instead, so the supremecourt.uk URL is not used.
 * - restraint-of-trade: Herbert Morris Ltd v Saxelby [1916] 1 AC 688 (HL, 8-2-1916) confirmed from a
 *   report headnote; no official URL found, so the entry links the Tillman judgment.
 * - era-1996-s43j, pecr-22: legislation.gov.uk URLs seen in many stored links; reg. 22 content confirmed.
 * - uk-noncompete-working-paper-2025: official gov.uk page stored: published 26-11-2025, closed
 *   18-2-2026, "working paper ... as opposed to a formal consultation"; options per DLA Piper summary.
 * - nl-wetsvoorstel-concurrentiebeding: consultation 4-3-2024 to 15-4-2024 and its contents (12 months,
 *   geographic scope, motivation in every contract, 50 % per month) from several law-firm reports.
 * - linkedin-user-agreement: § 2.2 "Your Account" read in a stored copy of the linkedin.com page (2024
 *   layout): no transfer of any part of the account (e.g. connections); account belongs to the member
 *   as against the employer. Quote below is from that copy.
 * - linkedin-service-terms: legal.linkedin.com/service-specific-terms § 1.1 Recruiter Corporate stored.
 *
 * NOT verified (kept deliberately general, or linked to a generic official page):
 * - rb-arnhem-2011-linkedin: facts confirmed in several reports; one source gives LJN BP8592, but the
 *   ECLI was not confirmed, so the label has no ECLI and the URL is the rechtspraak.nl search page.
 * - nl-wetsvoorstel-concurrentiebeding: the specific internetconsultatie.nl page was not found; the URL
 *   is the portal's home page. Parliamentary status unknown.
 * - ap-werknemers-sociale-media: the AP statement (public information only, no friending, no log-in
 *   codes) is known from a 2018 reproduction credited to the AP; the current AP page was not found, so
 *   the URL is the AP home page.
 * - bw-7-650, bw-7-611: text not re-read from a stored copy; summaries kept general.
 * - aml-14a-5: only the subject (exception for the øverste leder) confirmed; summary kept general.
 * - aml-9-1, aml-2a: content from the Act (confirmed only by stored secondary notes).
 * - lovdata section links (https://lovdata.no/lov/<id>/§<n>): the short form is widely used in stored
 *   code for ordinary sections (§9-1, §14-6); for chapter-A sections both §14A-1 and §2a-6 spellings
 *   occur, the lower-case form is used here. Not confirmed on lovdata.no itself.
 * - whitmar-v-gamage BAILII URL: built on BAILII's verified /ew/cases/EWHC/Ch/<year>/<n>.html pattern.
 * - rechtspraak.nl links use the details?id=ECLI form; stored copies show the older
 *   inziendocument?id=ECLI form for the same pages.
 */
import type { Citation, Lang, Localized } from '../core/types';

export type CitationKind = 'statute' | 'case' | 'proposal' | 'guidance' | 'terms' | 'treaty';

export interface CitationEntry {
  kind: CitationKind;
  /** Short label, in the language of the source; Localized where the name differs per language. */
  label: string | Localized;
  /** One or two sentences in nl, no and en: what the provision or case holds that matters here. */
  summary: Localized;
  /** Official URL. */
  url: string;
  /** Verbatim text (original language), only where verified from a stored copy of the official text. */
  quote?: string;
}

const BW7 = (art: number) => `https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=${art}`;
const AML = (section: string) => `https://lovdata.no/lov/2005-06-17-62/§${section}`;
const GDPR = (anchor: string) => `https://eur-lex.europa.eu/eli/reg/2016/679/oj#${anchor}`;
const ECLI = (ecli: string) => `https://uitspraken.rechtspraak.nl/details?id=${ecli}`;
const ECHR_CONVENTION = 'https://www.echr.coe.int/documents/d/echr/convention_ENG';
const TILLMAN_URL = 'https://www.bailii.org/uk/cases/UKSC/2019/32.html';

const gdprLabel = (nl: string, no: string, en: string): Localized => ({
  nl: `AVG ${nl}`,
  no: `personvernforordningen (GDPR) ${no}`,
  en: `GDPR ${en}`,
});

export const CITATIONS: Record<string, CitationEntry> = {
  // ------------------------------------------------------------------------------------------------
  // Netherlands: statutes

  'bw-7-653': {
    kind: 'statute',
    label: 'art. 7:653 BW',
    summary: {
      nl: 'Regelt het concurrentiebeding, dat rechters ook op het relatiebeding toepassen: een beding dat de werknemer beperkt om na het einde van de arbeidsovereenkomst op zekere wijze werkzaam te zijn. Het artikel stelt vormvereisten (lid 1-2), laat de rechter het beding geheel of gedeeltelijk vernietigen (lid 3) en een vergoeding toekennen (lid 5).',
      no: 'Nederlandsk regel om konkurranseklausuler, som domstolene også anvender på kundeklausuler (relatiebeding): en avtale som begrenser arbeidstakerens adgang til å arbeide på en bestemt måte etter at arbeidsforholdet er slutt. Den stiller formkrav (ledd 1-2), lar domstolen oppheve klausulen helt eller delvis (ledd 3) og tilkjenne kompensasjon (ledd 5).',
      en: 'Dutch rule on the non-compete clause, which courts also apply to non-solicitation clauses (relatiebedingen): a term restricting the employee from working in a certain way after the employment ends. It sets formal requirements (paras 1-2), lets the court annul the clause wholly or partly (para 3) and award compensation (para 5).',
    },
    url: BW7(653),
  },
  'bw-7-653-lid-1': {
    kind: 'statute',
    label: 'art. 7:653 lid 1 BW',
    summary: {
      nl: 'Het beding is alleen geldig als de arbeidsovereenkomst voor onbepaalde tijd is aangegaan en de werkgever het schriftelijk is overeengekomen met een meerderjarige werknemer.',
      no: 'Klausulen er bare gyldig hvis arbeidsavtalen er inngått for ubestemt tid (fast) og arbeidsgiveren har avtalt den skriftlig med en myndig arbeidstaker.',
      en: 'The clause is valid only if the employment contract is for an indefinite period and the employer agreed the clause in writing with an adult employee.',
    },
    url: BW7(653),
  },
  'bw-7-653-lid-2': {
    kind: 'statute',
    label: 'art. 7:653 lid 2 BW',
    summary: {
      nl: 'In een arbeidsovereenkomst voor bepaalde tijd mag het beding alleen worden opgenomen als uit de bij het beding opgenomen schriftelijke motivering van de werkgever blijkt dat het noodzakelijk is vanwege zwaarwegende bedrijfs- of dienstbelangen.',
      no: 'I en midlertidig arbeidsavtale kan klausulen bare tas inn hvis arbeidsgiverens skriftlige begrunnelse, inntatt sammen med klausulen, viser at den er nødvendig av tungtveiende bedrifts- eller tjenestehensyn.',
      en: "In a fixed-term contract the clause may be included only if the employer's written statement of reasons, included with the clause, shows that it is necessary because of weighty business or service interests.",
    },
    url: BW7(653),
  },
  'bw-7-653-lid-3': {
    kind: 'statute',
    label: 'art. 7:653 lid 3 BW',
    summary: {
      nl: 'De rechter kan het beding geheel vernietigen als het in een tijdelijk contract niet noodzakelijk is vanwege zwaarwegende belangen, en geheel of gedeeltelijk als de werknemer in verhouding tot het te beschermen belang van de werkgever onbillijk wordt benadeeld; op die grond beperken rechters bijvoorbeeld de duur.',
      no: 'Domstolen kan oppheve klausulen helt hvis den i en midlertidig avtale ikke er nødvendig av tungtveiende hensyn, og helt eller delvis hvis arbeidstakeren stilles urimelig dårlig sammenlignet med arbeidsgiverens behov for vern; på dette grunnlaget korter domstolene for eksempel ned varigheten.',
      en: "The court may annul the clause wholly if, in a fixed-term contract, it is not necessary for weighty interests, and wholly or partly if it unfairly disadvantages the employee relative to the employer's interest to be protected; courts use this, for example, to shorten the duration.",
    },
    url: BW7(653),
  },
  'bw-7-653-lid-4': {
    kind: 'statute',
    label: 'art. 7:653 lid 4 BW',
    summary: {
      nl: 'De werkgever kan geen rechten aan het beding ontlenen als het eindigen of niet voortzetten van de arbeidsovereenkomst het gevolg is van ernstig verwijtbaar handelen of nalaten van de werkgever.',
      no: 'Arbeidsgiveren kan ikke påberope seg klausulen hvis arbeidsforholdet opphører eller ikke forlenges som følge av arbeidsgiverens alvorlig klanderverdige handlinger eller unnlatelser.',
      en: "The employer cannot rely on the clause if the contract ends or is not continued as a result of the employer's seriously culpable acts or omissions.",
    },
    url: BW7(653),
  },
  'bw-7-653-lid-5': {
    kind: 'statute',
    label: 'art. 7:653 lid 5 BW',
    summary: {
      nl: 'Als het beding de werknemer in belangrijke mate belemmert om anders dan bij de werkgever werkzaam te zijn, kan de rechter bepalen dat de werkgever voor de duur van de beperking een naar billijkheid vastgestelde vergoeding betaalt; die is niet verschuldigd als het einde het gevolg is van ernstig verwijtbaar handelen of nalaten van de werknemer.',
      no: 'Hvis klausulen i vesentlig grad hindrer arbeidstakeren i å arbeide for andre, kan domstolen bestemme at arbeidsgiveren skal betale en skjønnsmessig fastsatt kompensasjon så lenge begrensningen varer; den skal ikke betales hvis opphøret følger av arbeidstakerens alvorlig klanderverdige forhold.',
      en: 'If the clause substantially hinders the employee from working other than for the employer, the court may order the employer to pay compensation, set on equitable grounds, for the duration of the restraint; none is due if the employment ended through the employee\'s seriously culpable conduct.',
    },
    url: BW7(653),
  },
  'bw-7-611': {
    kind: 'statute',
    label: 'art. 7:611 BW',
    summary: {
      nl: 'Werkgever en werknemer moeten zich als goed werkgever en goed werknemer gedragen; rechters toetsen instructies van de werkgever, ook over sociale media, mede aan deze norm.',
      no: 'Nederlandsk regel: arbeidsgiver og arbeidstaker skal opptre som en god arbeidsgiver og en god arbeidstaker; domstolene prøver arbeidsgiverens instrukser, også om sosiale medier, blant annet mot denne normen.',
      en: "Dutch rule: employer and employee must act as a good employer and a good employee; courts test the employer's instructions, including on social media, partly against this standard.",
    },
    url: BW7(611),
  },
  'bw-7-650': {
    kind: 'statute',
    label: 'art. 7:650 BW',
    summary: {
      nl: 'Regelt het boetebeding in de arbeidsovereenkomst: een boete kan alleen worden opgelegd als het boetebeding schriftelijk is overeengekomen en vermeldt op welke voorschriften een boete staat; de wet beperkt daarnaast hoogte en bestemming van boetes, waarvan onder voorwaarden schriftelijk kan worden afgeweken.',
      no: 'Nederlandsk regel om bøteklausuler i arbeidsavtaler: bot kan bare ilegges hvis bøteklausulen er avtalt skriftlig og angir hvilke regler som er belagt med bot; loven begrenser også bøtenes størrelse og bruk, med adgang til skriftlige unntak på visse vilkår.',
      en: 'Dutch rule on penalty clauses in employment contracts: a fine may be imposed only if the penalty clause was agreed in writing and states which rules carry a fine; the law also limits the amount and destination of fines, with room for written derogation on conditions.',
    },
    url: BW7(650),
  },
  'wor-27': {
    kind: 'statute',
    label: 'art. 27 lid 1 onder l WOR',
    summary: {
      nl: 'De ondernemingsraad heeft instemmingsrecht bij een voorgenomen besluit over een regeling voor voorzieningen die gericht zijn op of geschikt zijn voor waarneming van of controle op aanwezigheid, gedrag of prestaties van de werknemers.',
      no: 'Det nederlandske bedriftsrådet (ondernemingsraad) må samtykke til et planlagt vedtak om ordninger med innretninger som er rettet mot eller egnet til å observere eller kontrollere de ansattes tilstedeværelse, atferd eller prestasjoner.',
      en: "The Dutch works council must consent to a proposed decision on arrangements for facilities aimed at, or suitable for, observing or checking employees' attendance, behaviour or performance.",
    },
    url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0002747&artikel=27',
  },
  'tw-11-7': {
    kind: 'statute',
    label: 'art. 11.7 Telecommunicatiewet',
    summary: {
      nl: 'Verbiedt in beginsel het versturen van ongevraagde elektronische berichten voor commerciële doeleinden aan natuurlijke personen zonder hun voorafgaande toestemming; voor bestaande klanten en voor berichten aan rechtspersonen gelden afwijkende regels.',
      no: 'Nederlandsk forbud, som hovedregel, mot å sende uanmodede elektroniske meldinger for kommersielle formål til fysiske personer uten deres forhåndssamtykke; for eksisterende kunder og for meldinger til juridiske personer gjelder egne regler.',
      en: 'Dutch rule that, in principle, prohibits sending unsolicited electronic messages for commercial purposes to natural persons without their prior consent; different rules apply to existing customers and to messages to legal persons.',
    },
    url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0009950&artikel=11.7',
  },
  wbk: {
    kind: 'statute',
    label: 'Wet bescherming klokkenluiders',
    summary: {
      nl: 'Beschermt melders van (vermoedens van) misstanden en inbreuken op het Unierecht tegen benadeling en implementeert Richtlijn (EU) 2019/1937; onder deze naam geldend sinds 18 februari 2023 (voorheen Wet Huis voor klokkenluiders).',
      no: 'Nederlandsk varslerlov: verner den som melder (mistanke om) misligheter eller brudd på EU-retten mot gjengjeldelse, og gjennomfører direktiv (EU) 2019/1937; gjelder under dette navnet fra 18. februar 2023.',
      en: 'Dutch Whistleblowers Protection Act: protects people who report (suspected) wrongdoing or breaches of EU law against retaliation and implements Directive (EU) 2019/1937; in force under this name since 18 February 2023.',
    },
    url: 'https://wetten.overheid.nl/BWBR0037852',
  },

  // ------------------------------------------------------------------------------------------------
  // Netherlands: proposal (not law)

  'nl-wetsvoorstel-concurrentiebeding': {
    kind: 'proposal',
    label: 'Wetsvoorstel modernisering concurrentiebeding (internetconsultatie 2024)',
    summary: {
      nl: 'Wetsvoorstel, geen geldend recht: in internetconsultatie van 4 maart tot 15 april 2024. Het stelt onder meer voor: een maximale duur van 12 maanden, een verplichte geografische afbakening, een schriftelijke motivering in elk contract en een vergoeding van 50% van het maandloon per maand dat de werknemer aan het beding wordt gehouden. De parlementaire status is onbekend.',
      no: 'Nederlandsk lovforslag, ikke gjeldende rett: på offentlig høring 4. mars-15. april 2024. Forslaget går blant annet ut på maksimal varighet på 12 måneder, krav om geografisk avgrensning, skriftlig begrunnelse i alle kontrakter og kompensasjon på 50 % av månedslønnen for hver måned klausulen gjøres gjeldende. Status i parlamentet er ukjent.',
      en: 'Dutch bill, a proposal only and not law: put to internet consultation from 4 March to 15 April 2024. It proposes, among other things, a 12-month maximum, a stated geographic scope, a written justification in every contract and compensation of 50% of the monthly salary for each month the restraint is enforced. Its status in parliament is unknown.',
    },
    url: 'https://www.internetconsultatie.nl/',
  },

  // ------------------------------------------------------------------------------------------------
  // Netherlands: case law

  'hr-2019-313': {
    kind: 'case',
    label: 'HR 8 maart 2019, ECLI:NL:HR:2019:313 (Fromatech)',
    summary: {
      nl: 'De Hoge Raad liet met toepassing van art. 81 RO (zonder nadere motivering) het oordeel in stand dat bij een concurrentie- en relatiebeding in een tijdelijk contract de werkgever de zwaarwegende bedrijfsbelangen van art. 7:653 lid 2 BW moet stellen en zo nodig bewijzen; de conclusie van A-G Wesseling-van Gent (ECLI:NL:PHR:2019:46) bespreekt de eisen aan de motivering.',
      no: 'Nederlands høyesterett lot, uten nærmere begrunnelse (art. 81 RO), avgjørelsen stå: ved konkurranse- og kundeklausul i en midlertidig avtale må arbeidsgiveren påberope og om nødvendig bevise de tungtveiende hensynene etter art. 7:653 ledd 2 BW. Generaladvokatens uttalelse (ECLI:NL:PHR:2019:46) drøfter kravene til begrunnelsen.',
      en: "The Dutch Supreme Court, ruling summarily under art. 81 RO (no reasons given), let stand the decision that for a non-compete and non-solicitation clause in a fixed-term contract the employer must assert and if necessary prove the weighty interests required by art. 7:653(2) BW. The Advocate General's opinion (ECLI:NL:PHR:2019:46) discusses what the written reasons must contain.",
    },
    url: ECLI('ECLI:NL:HR:2019:313'),
  },
  'ghshe-2017-1784': {
    kind: 'case',
    label: "Hof 's-Hertogenbosch 18 april 2017, ECLI:NL:GHSHE:2017:1784",
    summary: {
      nl: 'Het hof beperkte een concurrentiebeding van vijf jaar tot 18 maanden, omdat die duur onbillijk lang was in verhouding tot de korte duur van de arbeidsovereenkomst (28 maanden).',
      no: "Lagmannsretten i 's-Hertogenbosch kortet en konkurranseklausul på fem år ned til 18 måneder, fordi varigheten var urimelig lang sammenlignet med det korte arbeidsforholdet (28 måneder).",
      en: "The 's-Hertogenbosch Court of Appeal cut a five-year non-compete to 18 months, because that duration was unfairly long compared with the short employment (a 28-month contract).",
    },
    url: ECLI('ECLI:NL:GHSHE:2017:1784'),
  },
  'ghshe-2015-3316': {
    kind: 'case',
    label: "Hof 's-Hertogenbosch 25 augustus 2015, ECLI:NL:GHSHE:2015:3316",
    summary: {
      nl: 'Na afweging van de belangen liet het hof een concurrentiebeding van drie jaar niet langer gelden dan één jaar na het einde van het dienstverband.',
      no: "Etter en interesseavveining lot lagmannsretten i 's-Hertogenbosch en konkurranseklausul på tre år gjelde i høyst ett år etter at arbeidsforholdet opphørte.",
      en: "After weighing the interests, the 's-Hertogenbosch Court of Appeal limited a three-year non-compete to one year after the employment ended.",
    },
    url: ECLI('ECLI:NL:GHSHE:2015:3316'),
  },
  'rb-arnhem-2011-linkedin': {
    kind: 'case',
    label: 'Vzr. Rb. Arnhem 8 maart 2011',
    summary: {
      nl: 'Een relatiebeding (één jaar, met name genoemde relaties, elk contact verboden) werd geschonden doordat de ex-werknemer na zijn vertrek een LinkedIn-connectie aanging met een beschermde relatie; wie het initiatief nam, deed er niet toe. De vindplaats (ECLI) is niet geverifieerd.',
      no: 'En kundeklausul (ett år, navngitte kunder, all kontakt forbudt) ble ansett brutt fordi den tidligere arbeidstakeren etter fratredelsen ble LinkedIn-forbindelse med en vernet kunde; det spilte ingen rolle hvem som tok initiativet. Avgjørelsens ECLI er ikke verifisert.',
      en: 'A non-solicitation clause (one year, named relations, any contact banned) was held breached because the former employee connected on LinkedIn with a protected relation after leaving; who initiated the connection did not matter. The ECLI of the decision has not been verified.',
    },
    url: 'https://uitspraken.rechtspraak.nl/',
  },
  'ktr-maastricht-2012-linkedin': {
    kind: 'case',
    label: 'Rb. Maastricht (ktr.) 8 februari 2012, ECLI:NL:RBMAA:2012:BV3122',
    summary: {
      nl: 'Uit contacten via Facebook, Hyves en Twitter met leerlingen van de ex-werkgever bleek niet dat de ex-werknemer hen actief had benaderd, dus geen schending van het relatiebeding; gesprekken via sociale media zijn in beginsel privé, tenzij ze duidelijk zakelijk zijn. Het beding was bovendien te ruim geformuleerd.',
      no: 'Kontakt via Facebook, Hyves og Twitter med den tidligere arbeidsgiverens elever viste ikke at den tidligere arbeidstakeren aktivt hadde henvendt seg til dem, så kundeklausulen var ikke brutt; samtaler i sosiale medier er i utgangspunktet private med mindre de klart er forretningsmessige.',
      en: "Contacts via Facebook, Hyves and Twitter with the former employer's students did not show that the ex-employee had actively approached them, so the non-solicitation clause was not breached; social-media conversations are in principle private unless clearly business-related.",
    },
    url: ECLI('ECLI:NL:RBMAA:2012:BV3122'),
  },
  'ktr-utrecht-2018-functietitel': {
    kind: 'case',
    label: 'Rb. Midden-Nederland (ktr. Utrecht) 6 maart 2018, ECLI:NL:RBMNE:2018:2076',
    summary: {
      nl: 'De werkgever mocht verlangen dat de werknemer de functietitel en kopregel op zijn LinkedIn-profiel in overeenstemming bracht met zijn werkelijke functie; de aanhoudende weigering om die redelijke instructie op te volgen droeg het ontslag op staande voet.',
      no: 'Arbeidsgiveren kunne kreve at arbeidstakeren rettet stillingstittel og overskrift i LinkedIn-profilen til den faktiske stillingen; vedvarende nektelse av å følge denne rimelige instruksen begrunnet avskjed.',
      en: 'The employer could require the employee to bring the job title and headline on his LinkedIn profile into line with his actual role; his persistent refusal to follow that reasonable instruction justified summary dismissal.',
    },
    url: ECLI('ECLI:NL:RBMNE:2018:2076'),
  },

  // ------------------------------------------------------------------------------------------------
  // EU and Council of Europe

  'gdpr-4-11': {
    kind: 'statute',
    label: gdprLabel('art. 4 punt 11', 'art. 4 nr. 11', 'Art. 4(11)'),
    summary: {
      nl: 'Definieert toestemming: een vrije, specifieke, geïnformeerde en ondubbelzinnige wilsuiting, door een verklaring of een duidelijke actieve handeling.',
      no: 'Definerer samtykke: en frivillig, spesifikk, informert og utvetydig viljesytring, gitt ved en erklæring eller en tydelig bekreftende handling.',
      en: 'Defines consent: a freely given, specific, informed and unambiguous indication of wishes, by a statement or a clear affirmative action.',
    },
    url: GDPR('art_4'),
  },
  'gdpr-5': {
    kind: 'statute',
    label: gdprLabel('art. 5', 'art. 5', 'Art. 5'),
    summary: {
      nl: 'Beginselen voor elke verwerking: rechtmatigheid, behoorlijkheid en transparantie (lid 1 sub a), doelbinding (b), minimale gegevensverwerking (c) en integriteit en vertrouwelijkheid (f).',
      no: 'Prinsipper for all behandling: lovlighet, rettferdighet og åpenhet (nr. 1 bokstav a), formålsbegrensning (b), dataminimering (c) og integritet og konfidensialitet (f).',
      en: 'Principles for all processing: lawfulness, fairness and transparency (Art. 5(1)(a)), purpose limitation (b), data minimisation (c), and integrity and confidentiality (f).',
    },
    url: GDPR('art_5'),
  },
  'gdpr-6': {
    kind: 'statute',
    label: gdprLabel('art. 6', 'art. 6', 'Art. 6'),
    summary: {
      nl: 'Verwerking is alleen rechtmatig op een van de grondslagen van lid 1, zoals een gerechtvaardigd belang dat niet wordt overtroffen door de belangen en rechten van de betrokkene (sub f); lid 4 regelt wanneer verdere verwerking voor een ander doel verenigbaar is.',
      no: 'Behandling er bare lovlig på ett av grunnlagene i nr. 1, for eksempel en berettiget interesse som ikke veies tyngre av den registrertes interesser og rettigheter (bokstav f); nr. 4 angir når viderebehandling for et annet formål er forenlig.',
      en: "Processing is lawful only on one of the grounds in Art. 6(1), such as legitimate interests not overridden by the data subject's interests and rights (point (f)); Art. 6(4) sets out when further processing for another purpose is compatible.",
    },
    url: GDPR('art_6'),
  },
  'gdpr-7-4': {
    kind: 'statute',
    label: gdprLabel('art. 7 lid 4', 'art. 7 nr. 4', 'Art. 7(4)'),
    summary: {
      nl: 'Bij de beoordeling of toestemming vrij is gegeven, wordt er zoveel mogelijk rekening mee gehouden of de uitvoering van een overeenkomst afhankelijk is gemaakt van toestemming voor een verwerking die daarvoor niet nodig is.',
      no: 'Ved vurderingen av om samtykke er frivillig, skal det tas størst mulig hensyn til om oppfyllelsen av en avtale er gjort avhengig av samtykke til behandling som ikke er nødvendig for avtalen.',
      en: 'When assessing whether consent is freely given, the utmost account is taken of whether performance of a contract is made conditional on consent to processing that is not necessary for that contract.',
    },
    url: GDPR('art_7'),
  },
  'gdpr-14': {
    kind: 'statute',
    label: gdprLabel('art. 14', 'art. 14', 'Art. 14'),
    summary: {
      nl: 'Als persoonsgegevens niet bij de betrokkene zelf zijn verkregen (bijvoorbeeld via derden of openbare bronnen), moet de verwerkingsverantwoordelijke de betrokkene onder meer informeren over doel, grondslag, categorieën gegevens en de bron.',
      no: 'Når personopplysninger ikke er samlet inn fra den registrerte selv (for eksempel fra tredjeparter eller offentlige kilder), skal den behandlingsansvarlige blant annet informere om formål, rettslig grunnlag, kategorier opplysninger og kilden.',
      en: 'Where personal data have not been obtained from the data subject (for example from third parties or public sources), the controller must inform the data subject of, among other things, the purposes, legal basis, categories of data and their source.',
    },
    url: GDPR('art_14'),
  },
  'gdpr-88': {
    kind: 'statute',
    label: gdprLabel('art. 88', 'art. 88', 'Art. 88'),
    summary: {
      nl: 'Lidstaten kunnen bij wet of cao specifiekere regels stellen voor verwerking in het kader van de arbeidsverhouding; die regels moeten passende en specifieke maatregelen bevatten, onder meer voor toezichtsystemen op het werk.',
      no: 'Medlemsstatene kan i lov eller tariffavtale gi mer spesifikke regler for behandling i arbeidsforhold; reglene skal inneholde egnede og særlige tiltak, blant annet for overvåkingssystemer på arbeidsplassen.',
      en: 'Member States may, by law or collective agreement, lay down more specific rules for processing in the employment context; such rules must include suitable and specific measures, including as regards monitoring systems at the workplace.',
    },
    url: GDPR('art_88'),
  },
  'gdpr-recital-43': {
    kind: 'statute',
    label: { nl: 'AVG overweging 43', no: 'personvernforordningen (GDPR) fortalepunkt 43', en: 'GDPR Recital 43' },
    summary: {
      nl: 'Toestemming is geen geldige grondslag bij een duidelijke wanverhouding tussen betrokkene en verwerkingsverantwoordelijke; de overweging noemt vooral overheidsinstanties, en WP249 past dezelfde gedachte toe op de arbeidsverhouding.',
      no: 'Samtykke bør ikke være gyldig grunnlag når det er en klar ubalanse mellom den registrerte og den behandlingsansvarlige; fortalen nevner særlig offentlige myndigheter, og WP249 anvender samme tanke på arbeidsforhold.',
      en: 'Consent should not be a valid ground where there is a clear imbalance between data subject and controller; the recital mentions public authorities in particular, and WP249 applies the same reasoning to employment.',
    },
    url: GDPR('rct_43'),
  },
  wp249: {
    kind: 'guidance',
    label: 'WP29, Opinion 2/2017 on data processing at work (WP249)',
    summary: {
      nl: 'Advies van de Artikel 29-werkgroep (8 juni 2017): toestemming van werknemers is zeer zelden een geldige grondslag, tenzij zij zonder nadelige gevolgen kunnen weigeren; monitoring moet strikt noodzakelijk en proportioneel zijn, zo min mogelijk ingrijpen en vooraf duidelijk aan werknemers worden meegedeeld.',
      no: 'Uttalelse fra Artikkel 29-gruppen (8. juni 2017): arbeidstakeres samtykke er svært sjelden gyldig grunnlag med mindre de kan nekte uten negative følger; overvåking må være strengt nødvendig og forholdsmessig, minst mulig inngripende og tydelig varslet til arbeidstakerne på forhånd.',
      en: 'Article 29 Working Party opinion (8 June 2017): employee consent is very rarely a valid basis unless employees can refuse without adverse consequences; monitoring must be strictly necessary and proportionate, as unintrusive as possible, and clearly announced to employees in advance.',
    },
    url: 'https://ec.europa.eu/newsroom/article29/items/610169',
  },
  'ap-werknemers-sociale-media': {
    kind: 'guidance',
    label: 'Autoriteit Persoonsgegevens, controle van werknemers op sociale media',
    summary: {
      nl: 'Volgens de AP mag een werkgever die een grondslag heeft en werknemers vooraf informeert alleen openbare informatie op sociale media bekijken; hij kan niet afdwingen dat een werknemer hem als vriend toevoegt of inloggegevens afgeeft.',
      no: 'Ifølge den nederlandske datatilsynsmyndigheten (AP) kan en arbeidsgiver som har et rettslig grunnlag og har informert de ansatte på forhånd, bare se på offentlig informasjon i sosiale medier; den kan ikke kreve at en arbeidstaker legger den til som venn eller utleverer innloggingsopplysninger.',
      en: 'According to the Dutch data protection authority (AP), an employer that has a legal basis and has informed employees in advance may look only at public information on social media; it cannot require an employee to add it as a friend or to hand over log-in details.',
    },
    url: 'https://www.autoriteitpersoonsgegevens.nl/',
  },
  'dir-2019-1937-24': {
    kind: 'statute',
    label: {
      nl: 'Richtlijn (EU) 2019/1937, art. 24',
      no: 'Direktiv (EU) 2019/1937 art. 24',
      en: 'Directive (EU) 2019/1937, Art. 24',
    },
    summary: {
      nl: 'Klokkenluidersrichtlijn: de rechten en rechtsmiddelen uit de richtlijn kunnen niet worden uitgesloten of beperkt door een overeenkomst, beleid, vorm van dienstverband of arbeidsvoorwaarde, ook niet door een arbitrageovereenkomst vooraf.',
      no: 'Varslingsdirektivet (EU): rettighetene og rettsmidlene i direktivet kan ikke fraskrives eller begrenses ved avtale, retningslinjer, ansettelsesform eller arbeidsvilkår, heller ikke ved en forhåndsavtale om voldgift. Norge har egne varslingsregler i arbeidsmiljøloven kapittel 2 A.',
      en: 'Whistleblower Directive: the rights and remedies it provides cannot be waived or limited by any agreement, policy, form or condition of employment, including a pre-dispute arbitration agreement.',
    },
    url: 'https://eur-lex.europa.eu/eli/dir/2019/1937/oj#art_24',
  },
  'echr-8': {
    kind: 'treaty',
    label: { nl: 'EVRM art. 8', no: 'EMK art. 8', en: 'ECHR Art. 8' },
    summary: {
      nl: 'Recht op respect voor privéleven en correspondentie; een inmenging moet bij wet zijn voorzien, een legitiem doel dienen en noodzakelijk zijn in een democratische samenleving. Het EHRM past dit ook toe op toezicht door werkgevers.',
      no: 'Retten til respekt for privatliv og korrespondanse; inngrep må ha hjemmel i lov, ivareta et legitimt formål og være nødvendig i et demokratisk samfunn. EMD anvender dette også på arbeidsgiveres overvåking.',
      en: 'Right to respect for private life and correspondence; any interference must be in accordance with the law, pursue a legitimate aim and be necessary in a democratic society. The Strasbourg court applies this to monitoring by employers too.',
    },
    url: ECHR_CONVENTION,
  },
  'echr-10': {
    kind: 'treaty',
    label: { nl: 'EVRM art. 10', no: 'EMK art. 10', en: 'ECHR Art. 10' },
    summary: {
      nl: 'Vrijheid van meningsuiting, ook voor werknemers; beperkingen moeten bij wet zijn voorzien, een legitiem doel dienen en noodzakelijk zijn, bijvoorbeeld ter bescherming van de goede naam of rechten van anderen of om verspreiding van vertrouwelijke informatie te voorkomen.',
      no: 'Ytringsfrihet, også for arbeidstakere; begrensninger må være foreskrevet ved lov, ivareta et legitimt formål og være nødvendige, for eksempel for å verne andres omdømme eller rettigheter eller hindre spredning av fortrolige opplysninger.',
      en: 'Freedom of expression, for employees too; restrictions must be prescribed by law, pursue a legitimate aim and be necessary, for example to protect the reputation or rights of others or to prevent the disclosure of confidential information.',
    },
    url: ECHR_CONVENTION,
  },
  barbulescu: {
    kind: 'case',
    label: {
      nl: 'EHRM (Grote Kamer) 5 september 2017, Bărbulescu t. Roemenië, nr. 61496/08',
      no: 'EMD (storkammer) 5. september 2017, Bărbulescu mot Romania, nr. 61496/08',
      en: 'Bărbulescu v. Romania [GC], no. 61496/08, 5 September 2017',
    },
    summary: {
      nl: 'Het toezicht van een werkgever op de berichten van een werknemer schond art. 8 EVRM omdat de nationale rechters geen juiste belangenafweging maakten; van belang zijn onder meer of de werknemer vooraf is ingelicht, de omvang en indringendheid van het toezicht, de rechtvaardiging, minder ingrijpende alternatieven, de gevolgen en de waarborgen.',
      no: 'Arbeidsgiverens overvåking av en arbeidstakers meldinger krenket EMK art. 8 fordi nasjonale domstoler ikke foretok en riktig interesseavveining; relevante momenter er blant annet forhåndsvarsel, omfang og inngripen, begrunnelse, mindre inngripende alternativer, konsekvenser og garantier.',
      en: "An employer's monitoring of an employee's messages violated Article 8 because the national courts failed to strike a fair balance; relevant factors include prior notice to the employee, the extent and intrusiveness of the monitoring, its justification, less intrusive alternatives, the consequences and the safeguards.",
    },
    url: 'https://hudoc.echr.coe.int/eng?i=001-177082',
  },

  // ------------------------------------------------------------------------------------------------
  // Norway: arbeidsmiljøloven (LOV-2005-06-17-62) and markedsføringsloven (LOV-2009-01-09-2)

  'aml-14a-1': {
    kind: 'statute',
    label: 'aml. § 14 A-1',
    summary: {
      no: 'Konkurranseklausul kan bare gjøres gjeldende så langt det er nødvendig for arbeidsgiverens særlige behov for vern mot konkurranse, og aldri lenger enn ett år etter opphøret (annet ledd); den må inngås skriftlig (tredje ledd); den kan ikke gjøres gjeldende ved oppsigelse fra arbeidsgiver med mindre oppsigelsen er saklig begrunnet i arbeidstakerens forhold (fjerde ledd); og den faller bort hvis redegjørelse etter § 14 A-2 ikke gis (sjette ledd).',
      nl: 'Noors concurrentiebeding: mag alleen worden ingeroepen voor zover nodig voor het bijzondere belang van de werkgever bij bescherming tegen concurrentie, en nooit langer dan een jaar na het einde (lid 2); moet schriftelijk zijn (lid 3); kan niet worden ingeroepen na opzegging door de werkgever, tenzij die berust op omstandigheden aan de kant van de werknemer (lid 4); en vervalt zonder de verklaring van § 14 A-2 (lid 6).',
      en: "Norwegian non-compete: enforceable only as far as needed for the employer's special need for protection against competition, and never beyond one year after the employment ends (2nd para); must be in writing (3rd para); cannot be invoked after dismissal by the employer unless the dismissal is objectively justified by the employee's own circumstances (4th para); and lapses if the statement required by § 14 A-2 is not given (6th para).",
    },
    url: AML('14a-1'),
  },
  'aml-14a-1-ledd-2': {
    kind: 'statute',
    label: 'aml. § 14 A-1 annet ledd',
    summary: {
      no: 'En konkurranseklausul kan bare gjøres gjeldende så langt det er nødvendig for å ivareta arbeidsgiverens særlige behov for vern mot konkurranse, og aldri lenger enn ett år fra opphøret av arbeidsforholdet.',
      nl: 'Een Noors concurrentiebeding kan alleen worden ingeroepen voor zover nodig voor het bijzondere belang van de werkgever bij bescherming tegen concurrentie, en nooit langer dan een jaar na het einde van het dienstverband.',
      en: "A Norwegian non-compete may be enforced only as far as necessary for the employer's special need for protection against competition, and never for more than one year after the employment ends.",
    },
    url: AML('14a-1'),
  },
  'aml-14a-1-ledd-3': {
    kind: 'statute',
    label: 'aml. § 14 A-1 tredje ledd',
    summary: {
      no: 'En konkurranseklausul må inngås skriftlig for å være gyldig; etter § 14 A-4 gjelder dette tilsvarende for kundeklausuler.',
      nl: 'Een Noors concurrentiebeding moet schriftelijk worden aangegaan om geldig te zijn; volgens § 14 A-4 geldt dat ook voor relatiebedingen (kundeklausuler).',
      en: 'A Norwegian non-compete must be agreed in writing to be valid; under § 14 A-4 the same applies to non-solicitation (customer) clauses.',
    },
    url: AML('14a-1'),
  },
  'aml-14a-1-ledd-4': {
    kind: 'statute',
    label: 'aml. § 14 A-1 fjerde ledd',
    summary: {
      no: 'En konkurranseklausul kan ikke gjøres gjeldende ved oppsigelse fra arbeidsgiver, med mindre oppsigelsen er saklig begrunnet i arbeidstakerens forhold; det samme gjelder når arbeidsgiverens mislighold har gitt arbeidstakeren rimelig grunn til å avslutte arbeidsforholdet.',
      nl: "Een Noors concurrentiebeding kan niet worden ingeroepen na opzegging door de werkgever, tenzij de opzegging berust op omstandigheden aan de kant van de werknemer; hetzelfde geldt als de werkgever door wanprestatie de werknemer een redelijke grond gaf om te vertrekken.",
      en: "A Norwegian non-compete cannot be invoked when the employer dismisses the employee, unless the dismissal is objectively justified by the employee's own circumstances; the same applies where the employer's breach gave the employee reasonable grounds to leave.",
    },
    url: AML('14a-1'),
  },
  'aml-14a-2': {
    kind: 'statute',
    label: 'aml. § 14 A-2',
    summary: {
      no: 'Etter skriftlig forespørsel fra arbeidstakeren skal arbeidsgiveren innen fire uker skriftlig redegjøre for om og i hvilken grad konkurranseklausulen vil bli gjort gjeldende, og angi sitt særlige behov for vern; arbeidstakerens oppsigelse regnes som slik forespørsel, og redegjørelsen binder arbeidsgiveren i tre måneder (ved oppsigelse uansett ut oppsigelsestiden).',
      nl: 'Op schriftelijk verzoek van de werknemer moet de werkgever binnen vier weken schriftelijk verklaren of en in hoeverre het concurrentiebeding wordt ingeroepen, met het bijzondere beschermingsbelang; opzegging door de werknemer geldt als zo\'n verzoek, en de verklaring bindt de werkgever drie maanden (bij opzegging in elk geval tot het einde van de opzegtermijn). Zonder verklaring vervalt het beding (§ 14 A-1 lid 6).',
      en: "On the employee's written request the employer must state in writing within four weeks whether and to what extent the non-compete will be enforced, giving its special need for protection; the employee's resignation counts as such a request, and the statement binds the employer for three months (on notice, at least until the notice period ends). Without it the clause lapses (§ 14 A-1(6)).",
    },
    url: AML('14a-2'),
    quote:
      'Ved skriftlig forespørsel fra arbeidstaker skal arbeidsgiver innen fire uker gi en skriftlig redegjørelse for om og i hvilken grad en konkurranseklausul vil bli gjort gjeldende. Arbeidsgivers særlige behov for vern mot konkurranse skal i tilfelle fremgå av redegjørelsen.',
  },
  'aml-14a-3': {
    kind: 'statute',
    label: 'aml. § 14 A-3',
    summary: {
      no: 'Gjøres konkurranseklausulen gjeldende, skal arbeidsgiveren betale kompensasjon lik 100 % av arbeidsvederlaget opp til 8 G og minst 70 % av vederlaget over 8 G, beregnet på de siste 12 månedene; kompensasjonen kan begrenses til 12 G, og inntil halvparten kan avkortes mot annen arbeidsinntekt i perioden.',
      nl: 'Wordt het Noorse concurrentiebeding ingeroepen, dan betaalt de werkgever een vergoeding van 100% van het loon tot 8 G en ten minste 70% van het loon daarboven (berekend over de laatste 12 maanden); de vergoeding mag worden begrensd op 12 G en met ten hoogste de helft worden verminderd met ander arbeidsinkomen in die periode (G = het Noorse basisbedrag van de volksverzekering).',
      en: 'If the non-compete is enforced, the employer must pay compensation of 100% of pay up to 8 G and at least 70% of pay above 8 G (based on the last 12 months); it may be capped at 12 G, and up to half may be offset against other earnings in the period (G = the Norwegian national insurance basic amount).',
    },
    url: AML('14a-3'),
  },
  'aml-14a-4': {
    kind: 'statute',
    label: 'aml. § 14 A-4',
    summary: {
      no: 'Kundeklausul kan bare omfatte kunder arbeidstakeren har hatt kontakt med eller ansvar for det siste året før redegjørelsen, og kan ikke gjøres gjeldende lenger enn ett år etter opphøret; § 14 A-1 tredje til sjette ledd gjelder tilsvarende. Klausulen begrenser bare arbeidstakerens adgang til selv å kontakte kunder, og loven krever ikke kompensasjon.',
      nl: 'Noors relatiebeding (kundeklausul): mag alleen klanten omvatten met wie de werknemer in het laatste jaar vóór de verklaring van de werkgever contact had of voor wie hij verantwoordelijk was, en niet langer gelden dan een jaar na het einde; § 14 A-1 leden 3-6 gelden overeenkomstig. Het beperkt alleen het zelf benaderen van klanten; de wet schrijft geen vergoeding voor.',
      en: "Norwegian customer (non-solicitation) clause: may cover only customers the employee dealt with or was responsible for in the last year before the employer's statement, and may not apply for more than one year after the employment ends; § 14 A-1(3)-(6) apply correspondingly. It restricts only the employee's own contacting of customers, and the Act requires no compensation.",
    },
    url: AML('14a-4'),
  },
  'aml-14a-5': {
    kind: 'statute',
    label: 'aml. § 14 A-5',
    summary: {
      no: 'Unntak for virksomhetens øverste leder: det kan avtales skriftlig at enkelte av vernereglene i kapittel 14 A ikke skal gjelde for denne.',
      nl: 'Uitzondering voor de hoogste leidinggevende van de onderneming: schriftelijk kan worden overeengekomen dat bepaalde beschermingsregels van hoofdstuk 14 A voor hem of haar niet gelden.',
      en: "Exception for the undertaking's chief executive: it may be agreed in writing that certain of the protective rules in chapter 14 A do not apply to that person.",
    },
    url: AML('14a-5'),
  },
  'aml-14a-6': {
    kind: 'statute',
    label: 'aml. § 14 A-6',
    summary: {
      no: 'Forbyr som hovedregel avtaler mellom virksomheter som hindrer eller begrenser en arbeidstakers mulighet til å ta ansettelse hos en annen arbeidsgiver (rekrutteringsklausuler); klausuler mellom arbeidsgiver og arbeidstaker omfattes ikke.',
      nl: 'Verbiedt in beginsel afspraken tussen ondernemingen die een werknemer beletten of beperken om bij een andere werkgever in dienst te treden (no-hire-afspraken); afspraken tussen werkgever en werknemer vallen er niet onder.',
      en: 'As a rule prohibits agreements between undertakings that prevent or restrict an employee from taking a job with another employer (no-hire clauses); clauses between employer and employee are not covered.',
    },
    url: AML('14a-6'),
  },
  'aml-9-1': {
    kind: 'statute',
    label: 'aml. § 9-1',
    summary: {
      no: 'Kontrolltiltak overfor arbeidstakere er bare tillatt når tiltaket har saklig grunn i virksomhetens forhold og ikke innebærer en uforholdsmessig belastning for arbeidstakerne.',
      nl: 'Noorse regel: controlemaatregelen jegens werknemers zijn alleen toegestaan als zij een zakelijke grond in de onderneming hebben en geen onevenredige belasting voor de werknemers meebrengen.',
      en: "Norwegian rule: control measures aimed at employees are allowed only if they have an objective reason in the undertaking's circumstances and do not impose a disproportionate burden on the employees.",
    },
    url: AML('9-1'),
  },
  'aml-2a': {
    kind: 'statute',
    label: 'aml. kapittel 2 A',
    summary: {
      no: 'Gir arbeidstakere rett til å varsle om kritikkverdige forhold i virksomheten, og forbyr gjengjeldelse mot den som varsler i samsvar med reglene.',
      nl: 'Noorse klokkenluidersregeling: werknemers hebben het recht misstanden in de onderneming te melden, en represailles tegen wie volgens de regels meldt zijn verboden.',
      en: 'Norwegian whistleblowing chapter: employees have the right to report censurable conditions in the undertaking, and retaliation against a worker who reports in accordance with the rules is prohibited.',
    },
    url: AML('2a-1'),
  },
  'mfl-15': {
    kind: 'statute',
    label: 'markedsføringsloven § 15',
    summary: {
      no: 'Forbyr som hovedregel næringsdrivende å rette markedsføringshenvendelser til fysiske personer ved elektroniske kommunikasjonsmetoder som tillater individuell kommunikasjon (som e-post og SMS) uten mottakerens forutgående samtykke; det gjelder unntak, blant annet for eksisterende kundeforhold.',
      nl: 'Noorse regel: verbiedt in beginsel dat ondernemingen zonder voorafgaande toestemming marketingberichten sturen aan natuurlijke personen via elektronische middelen die individuele communicatie mogelijk maken (zoals e-mail en sms); er zijn uitzonderingen, onder meer voor bestaande klantrelaties.',
      en: 'Norwegian rule: as a rule bars traders from sending marketing communications to natural persons by electronic means that allow individual communication (such as email and SMS) without the recipient\'s prior consent; exceptions apply, including for existing customer relationships.',
    },
    url: 'https://lovdata.no/lov/2009-01-09-2/§15',
  },

  // ------------------------------------------------------------------------------------------------
  // United Kingdom

  'restraint-of-trade': {
    kind: 'case',
    label: 'Restraint of trade (common law)',
    summary: {
      en: 'A post-employment restraint is void unless it protects a legitimate interest of the employer (such as trade secrets or customer connections, not competition as such) and goes no further than reasonably necessary; see Herbert Morris Ltd v Saxelby [1916] 1 AC 688 (HL), applied by the Supreme Court in Tillman v Egon Zehnder [2019] UKSC 32 (linked).',
      nl: 'Engels recht: een beperking na het einde van het dienstverband is nietig, tenzij zij een gerechtvaardigd belang van de werkgever beschermt (zoals bedrijfsgeheimen of klantrelaties, niet concurrentie als zodanig) en niet verder gaat dan redelijkerwijs nodig; zie Herbert Morris Ltd v Saxelby [1916] 1 AC 688 (HL) en Tillman v Egon Zehnder [2019] UKSC 32 (gelinkt).',
      no: 'Engelsk rett: en begrensning etter arbeidsforholdets opphør er ugyldig med mindre den verner en legitim interesse hos arbeidsgiveren (som forretningshemmeligheter eller kundeforbindelser, ikke konkurranse i seg selv) og ikke går lenger enn rimelig nødvendig; se Herbert Morris Ltd v Saxelby [1916] 1 AC 688 (HL) og Tillman v Egon Zehnder [2019] UKSC 32 (lenket).',
    },
    url: TILLMAN_URL,
  },
  tillman: {
    kind: 'case',
    label: 'Tillman v Egon Zehnder Ltd [2019] UKSC 32',
    summary: {
      en: 'The Supreme Court held that a non-compete which also barred any shareholding in a competitor was to that extent in unreasonable restraint of trade, but that the words "or interested" could be severed without adding to or rewriting the rest, so the remaining restraint was enforceable.',
      nl: 'Het Supreme Court oordeelde dat een non-concurrentiebeding dat ook elk aandelenbezit in een concurrent verbood in zoverre een onredelijke beperking was, maar dat de woorden "or interested" konden worden geschrapt zonder de rest aan te vullen of te herschrijven, zodat de overige beperking afdwingbaar bleef.',
      no: 'Supreme Court kom til at en konkurranseklausul som også forbød enhver aksjepost i en konkurrent i så måte var en urimelig begrensning, men at ordene "or interested" kunne strykes uten å tilføye eller omskrive resten, slik at den øvrige begrensningen kunne håndheves.',
    },
    url: TILLMAN_URL,
  },
  'hays-v-ions': {
    kind: 'case',
    label: 'Hays Specialist Recruitment (Holdings) Ltd v Ions [2008] EWHC 745 (Ch)',
    summary: {
      en: 'On an application for pre-action disclosure, the High Court ordered a former recruitment consultant to disclose his LinkedIn business contacts and related emails, where the employer alleged he had taken confidential client information and used LinkedIn to contact its clients.',
      nl: 'Op een verzoek om openbaarmaking vóór een procedure beval de High Court een ex-recruiter zijn zakelijke LinkedIn-contacten en bijbehorende e-mails over te leggen, nu de werkgever stelde dat hij vertrouwelijke klantgegevens had meegenomen en via LinkedIn klanten had benaderd.',
      no: 'Etter begjæring om bevistilgang før søksmål påla High Court en tidligere rekrutteringskonsulent å fremlegge sine forretningskontakter på LinkedIn og tilhørende e-poster, der arbeidsgiveren hevdet at han hadde tatt med fortrolig kundeinformasjon og kontaktet kunder via LinkedIn.',
    },
    url: 'https://www.bailii.org/ew/cases/EWHC/Ch/2008/745.html',
  },
  'whitmar-v-gamage': {
    kind: 'case',
    label: 'Whitmar Publications Ltd v Gamage [2013] EWHC 1881 (Ch)',
    summary: {
      en: "The High Court granted interim (springboard) injunctions against former employees preparing to compete, including an order to hand back access to and control of LinkedIn groups that one of them had run for the employer's business as part of her duties.",
      nl: 'De High Court wees voorlopige voorzieningen toe tegen ex-werknemers die een concurrerend bedrijf opzetten, waaronder het bevel de toegang tot en het beheer van LinkedIn-groepen terug te geven die een van hen als onderdeel van haar taken voor de werkgever had beheerd.',
      no: 'High Court ga midlertidige forføyninger mot tidligere ansatte som forberedte konkurranse, blant annet pålegg om å gi tilbake tilgang til og kontroll over LinkedIn-grupper som en av dem hadde drevet for arbeidsgiveren som del av stillingen.',
    },
    url: 'https://www.bailii.org/ew/cases/EWHC/Ch/2013/1881.html',
  },
  'safetynet-v-coppage': {
    kind: 'case',
    label: 'Safetynet Security Ltd v Coppage [2012] EWHC B11 (Mercantile), appeal dismissed [2013] EWCA Civ 1176',
    summary: {
      en: 'The trial judge upheld a six-month non-solicitation covenant and found it breached, while observing that a general advertisement of availability at a new firm, or a bare notice to a client of the move, does not by itself amount to solicitation; the Court of Appeal dismissed the appeal.',
      nl: 'De rechter in eerste aanleg hield een non-solicitation-beding van zes maanden in stand en oordeelde dat het was geschonden, maar overwoog dat een algemene aankondiging van beschikbaarheid bij een nieuwe werkgever, of een enkele mededeling aan een klant over de overstap, op zichzelf geen werving is; het Court of Appeal verwierp het hoger beroep.',
      no: 'Førsteinstansen opprettholdt en klausul mot å henvende seg til kunder (non-solicitation) på seks måneder og fant den brutt, men uttalte at en generell kunngjøring om tilgjengelighet hos en ny arbeidsgiver, eller en ren melding til en kunde om overgangen, ikke i seg selv er en aktiv henvendelse; Court of Appeal forkastet anken.',
    },
    url: 'https://www.bailii.org/ew/cases/EWHC/Mercantile/2012/B11.html',
  },
  'safetynet-v-coppage-ca': {
    kind: 'case',
    label: 'Coppage v Safetynet Security Ltd [2013] EWCA Civ 1176',
    summary: {
      en: "The Court of Appeal upheld as reasonable a six-month covenant against soliciting anyone who had been a customer during the employment, given the employer's small customer base and the director's central role, treating it as a non-solicitation clause rather than a non-compete.",
      nl: 'Het Court of Appeal hield een beding van zes maanden tegen het werven van iedereen die tijdens het dienstverband klant was geweest redelijk, gelet op het kleine klantenbestand en de centrale rol van de directeur, en behandelde het als non-solicitation-beding en niet als concurrentiebeding.',
      no: 'Court of Appeal fant at en klausul på seks måneder mot å henvende seg til alle som hadde vært kunder under ansettelsen var rimelig, gitt den lille kundemassen og direktørens sentrale rolle, og behandlet den som en kundeklausul og ikke som en konkurranseklausul.',
    },
    url: 'https://caselaw.nationalarchives.gov.uk/ewca/civ/2013/1176',
  },
  'era-1996-s43j': {
    kind: 'statute',
    label: 'Employment Rights Act 1996, s. 43J',
    summary: {
      en: 'Any provision in an agreement between a worker and the employer, including an agreement to settle proceedings, is void in so far as it purports to preclude the worker from making a protected disclosure.',
      nl: 'Een bepaling in een overeenkomst tussen werker en werkgever, ook een schikking van een geschil, is nietig voor zover zij de werker wil beletten een beschermde melding (protected disclosure) te doen.',
      no: 'En bestemmelse i en avtale mellom arbeidstaker og arbeidsgiver, også et forlik, er ugyldig i den grad den skal hindre arbeidstakeren i å gi en beskyttet varsling (protected disclosure).',
    },
    url: 'https://www.legislation.gov.uk/ukpga/1996/18/section/43J',
  },
  'pecr-22': {
    kind: 'statute',
    label: 'PECR 2003, reg. 22',
    summary: {
      en: 'Restricts sending unsolicited direct-marketing electronic mail (including text messages) to individual subscribers without their prior consent, subject to the soft opt-in for existing customers.',
      nl: 'Britse regel: beperkt het zonder voorafgaande toestemming versturen van ongevraagde direct-marketing-e-mail (ook sms) aan individuele abonnees, met een uitzondering (soft opt-in) voor bestaande klanten.',
      no: 'Britisk regel: begrenser utsendelse av uanmodet direkte markedsføring via elektronisk post (også SMS) til privatpersoner uten forhåndssamtykke, med unntak (soft opt-in) for eksisterende kunder.',
    },
    url: 'https://www.legislation.gov.uk/uksi/2003/2426/regulation/22',
  },
  'uk-noncompete-working-paper-2025': {
    kind: 'proposal',
    label: 'Reform of non-compete clauses in employment contracts: working paper (26 November 2025)',
    summary: {
      en: 'A government working paper, so at most a proposal and not law: published 26 November 2025 (responses closed 18 February 2026), it seeks views on options such as a statutory time limit (e.g. three months), a full ban, a ban below a salary threshold, or a combination; it is expressly not a formal consultation and nothing has been enacted. The 2023 plan for a three-month cap was never implemented.',
      nl: 'Slechts een beleidsvoorstel in de vorm van een werkdocument van de Britse regering, geen wet: gepubliceerd op 26 november 2025 (reacties tot 18 februari 2026), met opties als een wettelijke maximumduur (bijv. drie maanden), een volledig verbod, een verbod onder een salarisgrens of een combinatie; uitdrukkelijk geen formele consultatie en niets ingevoerd. Het plan uit 2023 voor een maximum van drie maanden is nooit ingevoerd.',
      no: 'Bare et arbeidsdokument med mulige forslag fra britiske myndigheter, ikke lov: publisert 26. november 2025 (frist for innspill 18. februar 2026), med alternativer som lovfestet maksimal varighet (f.eks. tre måneder), totalforbud, forbud under en lønnsgrense eller en kombinasjon; uttrykkelig ikke en formell høring, og ingenting er vedtatt. Planen fra 2023 om et tak på tre måneder ble aldri gjennomført.',
    },
    url: 'https://www.gov.uk/government/publications/reform-of-non-compete-clauses-in-employment-contracts-working-paper',
  },

  // ------------------------------------------------------------------------------------------------
  // Platform terms

  'linkedin-user-agreement': {
    kind: 'terms',
    label: 'LinkedIn User Agreement, § 2.2 (Your Account)',
    summary: {
      en: 'Members agree to keep their password confidential, not to share their account and not to transfer any part of it (e.g. connections); as between the member and others, including the employer, the account belongs to the member, and whoever pays for a service such as a Recruiter seat controls that paid service but has no rights to the personal account.',
      nl: 'Leden moeten hun wachtwoord geheimhouden, hun account niet delen en geen deel ervan (zoals connecties) overdragen; tegenover anderen, ook de werkgever, is het account van het lid, en wie een dienst zoals een Recruiter-licentie betaalt, beheert die betaalde dienst maar heeft geen rechten op het persoonlijke account.',
      no: 'Medlemmer skal holde passordet hemmelig, ikke dele kontoen og ikke overføre noen del av den (f.eks. forbindelser); overfor andre, også arbeidsgiveren, tilhører kontoen medlemmet, og den som betaler for en tjeneste som en Recruiter-lisens, styrer den betalte tjenesten, men har ingen rett til den personlige kontoen.',
    },
    url: 'https://www.linkedin.com/legal/user-agreement',
    quote: 'As between you and others (including your employer), your account belongs to you.',
  },
  'linkedin-service-terms': {
    kind: 'terms',
    label: 'LinkedIn Service Terms, § 1.1 (Recruiter Corporate)',
    summary: {
      en: 'A customer may use Recruiter Corporate, and the information about members it provides, only to recruit individuals as employees or consultants of the customer or its affiliates (or, for staffing agencies, of their clients).',
      nl: 'Een klant mag Recruiter Corporate en de informatie over leden daaruit alleen gebruiken om mensen te werven als werknemer of consultant van de klant of zijn groepsmaatschappijen (of, bij bemiddelaars, van hun opdrachtgevers).',
      no: 'En kunde kan bare bruke Recruiter Corporate, og informasjonen om medlemmer derfra, til å rekruttere personer som ansatte eller konsulenter hos kunden eller dens tilknyttede selskaper (eller, for bemanningsbyråer, hos deres oppdragsgivere).',
    },
    url: 'https://legal.linkedin.com/service-specific-terms',
  },
};

/** Resolves a citation id to the label, summary and URL shown in the given language; throws on an unknown id. */
export function resolveCitation(id: string, lang: Lang): Citation {
  const entry = Object.prototype.hasOwnProperty.call(CITATIONS, id) ? CITATIONS[id] : undefined;
  if (!entry) throw new Error(`Unknown citation id: ${id}`);
  const label = typeof entry.label === 'string' ? entry.label : entry.label[lang];
  return { id, label, summary: entry.summary[lang], url: entry.url };
}

/** All citation ids, in catalogue order. */
export function citationIds(): string[] {
  return Object.keys(CITATIONS);
}
