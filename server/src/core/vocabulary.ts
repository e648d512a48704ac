/**
 * Shared legal vocabulary in nl / no / en, compiled once. Rules combine these concepts (who, what,
 * relation, time) within one sentence or clause instead of matching whole phrasings.
 * Alternatives are regex sources; a space matches any white space (clauses split over lines).
 */
import { words } from './text';

/** Clause-title words per clause kind. */
export const TITLE_WORDS = {
  'non-compete': words([
    'concurrentiebeding(?:en)?', 'concurrentieverbod', 'concurrentieclausule', 'non-concurrentiebeding',
    'konkurranseklausul(?:en|er)?', 'konkurranseforbud(?:et)?', 'konkurransebegrensning(?:er)?',
    'non-?compete', 'non-?competition', 'restrictive covenants?', 'restraint of trade', 'post-termination restrictions?',
  ]),
  'non-solicitation': words([
    'relatiebeding(?:en)?', 'klantenbeding(?:en)?', 'klantbeding', 'anti-?benaderingsbeding', 'non-?solicitatiebeding',
    'kundeklausul(?:en|er)?', 'kundeforbud(?:et)?', 'non-?solicitation', 'non-?solicit', 'non-?dealing',
    'restrictive covenants?', 'post-termination restrictions?',
  ]),
  'no-hire': words([
    'anti-?ronselbeding', 'wervingsverbod', 'ronselverbod', 'rekrutteringsforbud(?:et)?', 'ikke-?rekrutteringsklausul',
    'no-?hire', 'no-?poach(?:ing)?', 'non-?poaching', 'non-?solicitation of (?:staff|employees)',
  ]),
  'social-media': words([
    'sociale media', 'social media', 'sosiale medier', 'linkedin', 'socialemediabeleid', 'social-media-?beleid',
    'internet(?:gebruik)?', 'online presence', 'nettverk', 'netwerk', 'personal profiles?', 'profiel(?:en)?',
  ]),
  monitoring: words(['monitoring', 'controle(?:middelen)?', 'overvåk(?:ing|ning)', 'kontrolltiltak', 'monitoring and surveillance', 'toezicht']),
  confidentiality: words(['geheimhouding(?:sbeding)?', 'vertrouwelijkheid', 'taushetsplikt(?:en)?', 'konfidensialitet', 'confidentiality', 'confidential information']),
  ip: words(['intellectueel eigendom', 'intellectuele eigendom(?:srechten)?', 'immaterielle rettigheter', 'opphavsrett', 'intellectual property']),
  notice: words(['opzegging', 'opzegtermijn(?:en)?', 'beëindiging', 'einde (?:van de )?(?:arbeids)?overeenkomst', 'oppsigelse(?:stid)?', 'opphør', 'notice(?: period)?', 'termination']),
  probation: words(['proeftijd', 'prøvetid(?:en)?', 'probation(?:ary period)?']),
  'study-costs': words(['studiekosten(?:beding)?', 'opleidingskosten', 'studiefaciliteiten', 'tilbakebetaling', 'kurs(?:utgifter)?', 'training costs', 'study costs', 'course fees']),
  penalty: words(['boete(?:beding)?', 'konvensjonalbot', 'liquidated damages', 'penalt(?:y|ies)']),
  'governing-law': words(['toepasselijk recht', 'rechtskeuze', 'lovvalg', 'verneting', 'governing law', 'jurisdiction']),
  term: words(['duur (?:van de )?(?:arbeids)?overeenkomst', 'looptijd', 'varighet', 'ansettelsesform', 'term of employment', 'duration', 'commencement']),
  compensation: words(['salaris', 'beloning', 'lønn', 'godtgjørelse', 'remuneration', 'salary', 'kompensasjon']),
} as const;

/** A prohibition or negative covenant. */
export const PROHIBITION = words([
  'verboden', 'niet toegestaan', 'niet (?:is )?toegestaan', 'zal (?:zich )?(?:\\p{L}+ )?niet', 'mag (?:\\p{L}+ )?niet',
  'zal zich onthouden', 'onthoudt zich', 'zich (?:te )?onthouden', 'verbindt zich', 'niet gerechtigd', 'is het (?:de )?werknemer',
  'shall not', 'will not', 'must not', 'may not', 'covenants? not', 'agrees? not', 'undertakes? not', 'is prohibited',
  'are prohibited', 'refrain from', 'not (?:to )?(?:directly or indirectly )?(?:solicit|compete|deal|accept|engage)',
  'skal ikke', 'må ikke', 'kan ikke', 'har ikke (?:rett|anledning)', 'forplikter seg (?:til )?(?:å )?ikke', 'er forbudt',
  'ikke (?:være )?tillatt', 'ikke anledning', 'forbudt', 'avstå fra', 'verplicht zich', 'plikter',
]);

/** "after the employment ends" and its synonyms. */
export const POST_TERMINATION = words([
  'na (?:het )?(?:einde|eindigen|beëindiging|afloop)', 'na uitdiensttreding', 'na (?:de )?datum van (?:uitdiensttreding|beëindiging)',
  'na het einde van (?:de arbeidsovereenkomst|het dienstverband)', 'na ontslag', 'na vertrek', 'na (?:zijn|haar) vertrek',
  'following (?:the )?(?:termination|end|cessation)', 'after (?:the )?(?:termination|end|cessation)', 'post-termination',
  'following the termination date', 'after the termination date', 'after (?:the )?employment ends', 'after leaving',
  'following the (?:employee\'s )?departure', 'after the employee leaves', 'after ceasing', 'from the termination date',
  'etter fratreden', 'etter opphør', 'etter (?:at )?arbeidsforholdet', 'etter arbeidsforholdets (?:opphør|slutt|avslutning)',
  'etter ansettelsens? (?:opphør|slutt)', 'fra fratreden', 'fra arbeidsforholdets opphør', 'etter avslutning', 'etter avgang',
  'etter endt arbeidsforhold', 'etter utløpet',
]);

/** Objects of a restraint: clients, competitors, competing work. */
export const RESTRAINT_OBJECT = words([
  'relaties?', 'klanten', 'klant', 'cliënten', 'opdrachtgevers', 'afnemers', 'leveranciers', 'zakelijke contacten',
  'concurrent(?:en)?', 'concurrerende', 'gelijke of gelijksoortige', 'gelijksoortige', 'werkzaam (?:te )?zijn',
  'in dienst (?:te )?treden', 'werkzaamheden (?:te )?verrichten', 'prospects?', 'potentiële',
  'clients?', 'customers?', 'competing', 'competitors?', 'compete', 'solicit\\p{L}*', 'deal with', 'entice', 'suppliers?',
  'restricted business', 'prospective', 'employ or engage',
  'kunder?', 'kunden(?:e)?', 'konkurrerende', 'konkurrent(?:er)?', 'konkurrere', 'ta ansettelse', 'kontakte', 'rekruttere',
  'oppdragsgivere', 'leverandører', 'forretningsforbindelser',
]);

/** Non-compete objects: competing work. */
export const COMPETE_OBJECT = words([
  'concurrent(?:en)?', 'concurrerende', 'gelijke of gelijksoortige', 'gelijksoortige', 'werkzaam (?:te )?zijn', 'in dienst (?:te )?treden',
  'onderneming (?:te )?(?:drijven|vestigen|beginnen|starten)', 'als zelfstandige',
  'competing(?: business)?', 'competitors?', 'compete', 'be engaged,? concerned or interested', 'engaged or concerned',
  'konkurrerende', 'konkurrent(?:er)?', 'konkurrere', 'ta ansettelse', 'starte,? drive', 'drive eller delta',
]);

/** Non-solicitation objects: clients, relations, suppliers. */
export const CLIENT_OBJECT = words([
  'relaties?', 'klanten', 'klant', 'cliënten', 'opdrachtgevers', 'afnemers', 'zakelijke contacten', 'prospects?',
  'clients?', 'customers?', 'prospective clients?', 'solicit\\p{L}*', 'deal with', 'entice',
  'kunder?', 'kunden(?:e)?', 'kundeforhold', 'oppdragsgivere', 'forretningsforbindelser',
]);

/** Employees of the employer as the object of a no-hire / no-poach. */
export const STAFF_OBJECT = words([
  'werknemers van werkgever', 'medewerkers', 'personeelsleden', 'collega\'?s', 'ansatte', 'medarbeidere',
  'key employees?', 'employees of the company', 'staff', 'personnel',
]);

/** Policy-type documents: unilateral rules rather than a signed contract. */
export const POLICY_DOCUMENT = words([
  'personeelshandboek', 'personeelsgids', 'personeelsreglement', 'bedrijfsreglement', 'it-?reglement', 'ict-?reglement',
  'reglement', 'huisregels', 'gedragscode', 'socialemediabeleid', 'social-media-?beleid', 'sociale media beleid',
  'social media-?protocol', 'social-media-?protocol', 'protocol', 'beleid', 'policy', 'policies', 'handbook', 'staff handbook',
  'employee handbook', 'code of conduct', 'guidelines', 'personalhåndbok(?:en)?', 'personalhåndboken', 'retningslinjer(?:ne)?',
  'reglement(?:et)?', 'instruks(?:en)?', 'personalreglement(?:et)?', 'it-?instruks(?:en)?', 'sosiale medier-?policy',
]);

/** The contract itself. */
export const CONTRACT_DOCUMENT = words([
  'arbeidsovereenkomst', 'arbeidscontract', 'overeenkomst', 'contract', 'arbeidsavtale(?:n)?', 'ansettelsesavtale(?:n)?',
  'avtale(?:n)?', 'employment (?:contract|agreement)', 'contract of employment', 'service agreement', 'agreement', 'statement of (?:main )?terms',
]);

/** Negation words: a concept preceded by one of these within a few words is negated. */
export const NEGATION = words(['niet', 'geen', 'nooit', 'not', 'no', 'never', 'neither', 'nor', 'ikke', 'ingen', 'aldri', 'verken']);

/** Actions of a non-solicitation: approaching, dealing with, working for. */
export const SOLICIT_ACTION = words([
  'contact (?:te )?(?:hebben|onderhouden|opnemen|zoeken)', 'contacten? (?:te )?(?:onderhouden|leggen)', 'benader\\p{L}*',
  'werkzaamheden (?:te )?verrichten', 'diensten (?:te )?verlenen', 'zaken (?:te )?doen', 'in dienst (?:te )?nemen', 'ronsel\\p{L}*',
  'over (?:te )?halen', 'overhalen', 'werven', 'afwerven', 'bewegen', 'zakelijke relatie', 'connecti\\p{L}*', 'connectie\\p{L}*',
  'solicit\\p{L}*', 'entice', 'deal(?:ing)? with', 'canvass\\p{L}*', 'approach\\p{L}*', 'accept (?:any )?(?:business|orders|work)',
  'contact\\p{L}*', 'provide services', 'do business', 'interfere', 'poach\\p{L}*', 'employ(?:ing)? or engag\\p{L}*', 'hire',
  'kontakt\\p{L}*', 'henvend\\p{L}*', 'ta (?:imot )?oppdrag', 'yte tjenester', 'arbeide for', 'rekrutter\\p{L}*', 'tiltrekke',
  'gjøre forretninger', 'påvirke', 'forsøke å', 'søke å', 'ansette', 'motta henvendelser',
]);

/** Confidentiality vocabulary: a "shall not disclose ... clients" sentence is not a restraint. */
export const CONFIDENTIALITY = words([
  'geheimhouding', 'geheim (?:te )?houden', 'vertrouwelijk\\p{L}*', 'bekend (?:te )?maken', 'openbaar (?:te )?maken', 'mededelen',
  'confidential\\p{L}*', 'disclos\\p{L}*', 'divulge', 'trade secrets?',
  'taushet\\p{L}*', 'konfidensiell\\p{L}*', 'fortrolig\\p{L}*', 'røpe', 'videreformidle', 'forretningshemmeligheter',
]);
