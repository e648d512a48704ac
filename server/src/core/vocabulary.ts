/**
 * Shared legal vocabulary in nl / no / en, compiled once. Rules combine these concepts (who, what,
 * relation, time) within one sentence or clause instead of matching whole phrasings.
 * Alternatives are regex sources; a space matches any white space (clauses split over lines).
 */
import { words } from './text';

/** Clause-title words per clause kind. */
export const TITLE_WORDS = {
  'non-compete': words([
    'concurrentiebeding(?:en)?', 'concurrentieverbod', 'concurrentieclausule', 'non-concurrentiebeding', 'non-?concurrentie',
    'concurrentie-? (?:en|of) relatiebeding(?:en)?', 'konkurranse-? (?:og|eller) kundeklausul(?:er)?',
    'non-?compete and non-?solicitation', 'konkurransebegrensende (?:avtaler|klausuler)',
    'konkurranseklausul(?:en|er)?', 'konkurranseforbud(?:et)?', 'konkurransebegrensning(?:er)?',
    'non-?compete', 'non-?competition', 'restrictive covenants?', 'restraint of trade', 'post-termination restrictions?',
  ]),
  'non-solicitation': words([
    'relatiebeding(?:en)?', 'klantenbeding(?:en)?', 'concurrentie-? (?:en|of) relatiebeding(?:en)?', 'konkurranse-? (?:og|eller) kundeklausul(?:er)?',
    'non-?compete and non-?solicitation', 'konkurransebegrensende (?:avtaler|klausuler)', 'klantbeding', 'anti-?benaderingsbeding', 'non-?solicitatiebeding',
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
  'zal zich onthouden', 'onthoudt zich', 'zich (?:te )?onthouden', '(?:te )?onthouden van', 'mag (?:\\p{L}+ ){0,10}?(?:niet|geen)',
  'zal (?:\\p{L}+ ){0,10}?(?:niet|geen)', 'skal (?:\\p{L}+ ){0,10}?ikke', 'kan (?:\\p{L}+ ){0,3}?ikke', 'forplikter seg til[^.;]{0,80}?ikke å',
  'will (?:\\p{L}+ ){0,3}?not', 'shall (?:\\p{L}+ ){0,3}?not', 'is (?:het )?(?:\\p{L}+ ){0,2}niet toegestaan', 'is (?:het )?(?:\\p{L}+ ){0,2}verboden', 'verbindt zich', 'niet gerechtigd', 'is het (?:de )?werknemer',
  'shall not', 'will not', 'must not', 'may not', 'covenants? not', 'agrees? not', 'undertakes? not', 'is prohibited',
  'are prohibited', 'refrain from', 'not (?:to )?(?:directly or indirectly )?(?:solicit|compete|deal|accept|engage)',
  'skal ikke', 'må ikke', 'kan ikke', 'har ikke (?:rett|anledning)', 'forplikter seg (?:til )?(?:å )?ikke', 'er forbudt',
  'ikke (?:være )?tillatt', 'ikke anledning', 'forbudt', 'avstå fra', 'verplicht zich', 'plikter',
]);

/** "after the employment ends" and its synonyms. */
export const POST_TERMINATION = words([
  'na (?:het )?(?:einde|eindigen|be[eë]indiging|afloop)', 'na (?:zijn|haar|diens|de|het) (?:uitdiensttreding|vertrek|ontslag)', 'na (?:de )?be[eë]indiging', 'na (?:het )?be[eë]indigen', 'na uitdiensttreding', 'na (?:de )?datum van (?:uitdiensttreding|beëindiging)',
  'na het einde van (?:de arbeidsovereenkomst|het dienstverband)', 'na ontslag', 'na vertrek', 'na (?:zijn|haar) vertrek',
  'following (?:the )?(?:termination|end|cessation)', 'after (?:the )?(?:termination|end|cessation)', 'post-termination',
  'following the termination date', 'after the termination date', 'after (?:the )?employment ends', 'after leaving',
  'following the (?:employee\'s )?departure', 'after the employee leaves', 'after ceasing', 'from the termination date',
  'etter fratreden', 'etter fratredelse(?:n)?', 'etter (?:sin |hans |hennes )?avgang', 'etter (?:arbeidsforholdets |ansettelsens )?opphør(?:et)?', 'etter (?:at )?(?:arbeidsforholdet|ansettelsen) (?:er )?(?:opphørt|avsluttet|avslutt\\p{L}*|opphører)', 'etter (?:at )?arbeidsforholdet', 'etter arbeidsforholdets (?:opphør|slutt|avslutning)',
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
  'concurrent(?:en)?', 'concurrerende', 'concurreren\\p{L}*', 'concurrentie', 'gelijke of gelijksoortige', 'gelijksoortige', 'werkzaam (?:te )?zijn',
  'in dienst (?:te )?treden', 'onderneming (?:te )?(?:drijven|vestigen|beginnen|starten)', 'als zelfstandige',
  'competing(?: business)?', 'competitors?', 'compet(?:e|es|ition|itive)', 'be engaged,? concerned or interested', 'engaged or concerned',
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
  'werkzaamheden (?:te )?verrichten', 'diensten (?:te )?verlenen', '(?:te )?bedienen', '(?:te )?adviseren', 'werkzaam (?:te )?zijn voor', 'zaken (?:te )?doen', 'in dienst (?:te )?nemen', 'ronsel\\p{L}*',
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

// ---------------------------------------------------------------------------------------------
// Restraint details: references back to the restraint, scope, termination, compensation,
// motivation and the document the restraint comes from. Bounded gaps only ([^.;]{0,n}).

/** Words that refer back to the restraint: "dit beding", "the restrictions", "klausulen". */
export const RESTRAINT_REFERENCE = words([
  '(?:dit|dat|het|deze|voornoemde|bovengenoemde|vorenstaande|genoemde) (?:concurrentie-? |relatie-? |klanten-? |anti-?ronsel)?(?:en relatie)?beding(?:en)?',
  '(?:dit|het|deze) (?:concurrentie|relatie|klanten|non-?concurrentie)bedingen?', 'concurrentiebeding', 'relatiebeding',
  'deze bepaling', 'dit artikel', 'dit verbod', 'deze verboden', 'het verbod', 'deze verplichting(?:en)?', 'deze beperking(?:en)?',
  'this clause', 'this restriction', 'these restrictions', 'the restrictions', 'such restrictions', 'the restrictive covenants?',
  'these covenants', 'the covenants? in', 'this covenant', 'the restricted period', 'the non-?compete', 'the non-?solicitation',
  'klausulen', 'klausulene', 'denne klausul(?:en)?', 'konkurranseklausulen', 'kundeklausulen', 'forbudet', 'denne bestemmelse(?:n)?',
  'bestemmelsen', 'begrensningen(?:e)?', 'dette punkt(?:et)?',
]);

/** "potential" clients: "(potentiële) relaties", "prospective clients", "potensielle kunder". */
export const POTENTIAL_CLIENT = words([
  '\\(potenti[eë]le\\) (?:relaties?|klanten|klant|cliënten|opdrachtgevers|afnemers)',
  'potenti[eë]le (?:relaties?|klanten|klant|cliënten|opdrachtgevers|afnemers)', 'toekomstige (?:relaties|klanten|opdrachtgevers)',
  'mogelijke (?:relaties|klanten|opdrachtgevers)', 'prospects?',
  '\\(?prospective\\)? (?:clients?|customers?)', '\\(?potential\\)? (?:clients?|customers?)', 'future (?:clients?|customers?)',
  '\\(potensielle\\) (?:kunder|kunde|oppdragsgivere)', 'potensielle (?:kunder|kunde|oppdragsgivere)', 'fremtidige kunder',
  'mulige kunder', 'prospektive kunder', 'kundeemner',
]);

/** The whole client base, unqualified: "alle relaties van werkgever", "any client or customer of the Company". */
export const ALL_CLIENTS = words([
  'alle (?:\\(potenti[eë]le\\) |bestaande |huidige )?(?:relaties|klanten|cliënten|opdrachtgevers|afnemers)',
  'welke (?:relatie|klant) (?:van werkgever )?(?:dan )?ook', 'enige (?:relatie|klant)',
  'any (?:client|customer)s?(?:,? (?:or|and) (?:client|customer)s?)? of the (?:company|employer|group)',
  'all (?:clients|customers) of the (?:company|employer|group)',
  'alle (?:selskapets |arbeidsgivers |konsernets )?kunder', 'samtlige kunder', 'enhver kunde', 'ethvert kundeforhold',
]);

/** Clients tied to the employee's own dealings: "met wie werknemer contact had", "with whom the Employee dealt". */
export const CLIENT_QUALIFIER = words([
  'met wie (?:werknemer|hij|zij|de werknemer)', 'waarmee (?:werknemer|hij|zij|de werknemer)', 'voor wie (?:werknemer|hij|zij|de werknemer)',
  'waarvoor (?:werknemer|hij|zij|de werknemer)', 'bij wie (?:werknemer|hij|zij)', 'die (?:werknemer|hij|zij) (?:heeft |had )?(?:bediend|begeleid|beheerd|bezocht)',
  '(?:op|in) (?:de )?(?:aangehechte |bijgevoegde )?(?:bijlage|lijst)', 'limitatief',
  'with whom (?:the employee|he|she|they|you)', 'for whom (?:the employee|he|she|they|you)', 'whom the employee',
  'material dealings', '(?:had|has) (?:personal |direct )?dealings', 'dealt with', 'was responsible for', 'were responsible for',
  'listed in (?:the )?schedule', 'set out in schedule',
  'som arbeidstaker(?:en)? (?:har|hadde) (?:hatt )?(?:kontakt|ansvar)', 'har hatt kontakt med', 'hadde kontakt med', 'har hatt ansvar for',
  'hadde ansvar for', 'som arbeidstaker(?:en)? har (?:betjent|fulgt opp|arbeidet (?:med|for))', 'oppført (?:på|i) (?:vedlagte )?(?:liste|vedlegg)',
]);

/** Look-back periods without a number: "het laatste jaar", "det siste året", "the preceding year". */
export const LOOK_BACK_YEAR = words([
  '(?:het|in het) (?:laatste|afgelopen|voorafgaande) jaar', 'het jaar voorafgaand', 'het jaar voor',
  '(?:i )?(?:det )?siste (?:året|år)', 'året før', 'foregående år', 'siste tolv måneder',
  'the (?:last|preceding|previous) year', 'the year (?:before|prior to|preceding)', 'the previous twelve months',
]);

/** Whole-world or open-ended geography. */
export const UNLIMITED_TERRITORY = words([
  'wereldwijd', 'waar (?:dan )?ook ter wereld', 'in (?:nederland|europa|de benelux) (?:en|of) daarbuiten', 'binnen (?:en|of) buiten (?:nederland|europa)',
  'over de (?:hele|gehele) wereld', 'in de (?:hele|gehele) wereld',
  'worldwide', 'world-?wide', 'anywhere in the world', 'throughout the world', 'in any country', 'in any part of the world',
  'wherever situated', 'globally',
  'i hele verden', 'hvor som helst i verden', 'globalt', 'verdensomspennende', 'i norge og i utlandet',
  'i inn- og utland', 'innenlands (?:og|eller) utenlands', 'i norge eller i utlandet', 'uansett hvor',
]);

/** Open-ended scope words: "in de ruimste zin des woords", "in any capacity whatsoever". */
export const BROADEST_SENSE = words([
  'in de ruimste zin(?: des woords| van het woord)?', 'in de meest ruime zin', 'in welke (?:vorm of )?hoedanigheid (?:dan )?ook',
  'in the widest (?:possible )?sense', 'in the broadest (?:possible )?sense', 'in any capacity whatsoever', 'in any manner whatsoever',
  'i videste (?:forstand|betydning)', 'i ordets videste (?:forstand|betydning)', 'i enhver egenskap', 'i hvilken som helst egenskap',
  'i enhver form', 'i hvilken som helst form',
]);

/** The restraint applies however, or by whomever, the employment ends. */
export const ANY_TERMINATION = words([
  // nl
  'ongeacht (?:de |het )?(?:wijze|reden|grond|oorzaak|manier|partij|door wie|van wie|wie|op welke wijze|om welke reden|hoe)[^.;]{0,60}?(?:beëindig\\p{L}*|eindig\\p{L}*|einde|opzeg\\p{L}*|opgezegd|ontslag|ontbonden|ontbinding)',
  'om welke reden (?:dan )?ook[^.;]{0,40}?(?:eindig\\p{L}*|beëindig\\p{L}*|einde|opgezegd|opzegging)',
  '(?:einde|eindigt|beëindiging|opzegging|ontslag)[^.;]{0,50}?(?:om welke reden|op welke wijze|door wie) (?:dan )?ook',
  'door wie (?:dan )?ook[^.;]{0,40}?(?:opgezegd|opzegt|beëindigd|beëindigt)',
  '(?:ook|eveneens|tevens) (?:indien|wanneer|als|in het geval|ingeval|bij)[^.;]{0,30}?(?:werkgever (?:\\p{L}+ ){0,4}?(?:opzegt|beëindigt|ontslaat|ontbinding verzoekt|heeft opgezegd)|opzegging door (?:de )?werkgever|ontslag door (?:de )?werkgever|ontslag op initiatief van (?:de )?werkgever)',
  // no
  'uavhengig av (?:hvem|hvilken part|årsak\\p{L}*|grunn\\p{L}*|hvordan|måten|om)[^.;]{0,50}?(?:sier opp|sa opp|har sagt opp|oppsigelse\\p{L}*|opphør\\p{L}*|avslutt\\p{L}*|sluttet|avskjed\\p{L}*)',
  'uansett (?:hvem|hvilken part|årsak\\p{L}*|grunn\\p{L}*|hvordan)[^.;]{0,50}?(?:sier opp|sa opp|har sagt opp|oppsigelse\\p{L}*|opphør\\p{L}*|avslutt\\p{L}*|avskjed\\p{L}*)',
  '(?:opphør\\p{L}*|oppsigelse|avsluttes|slutter)[^.;]{0,50}?(?:uansett|uavhengig av) (?:årsak|grunn)(?:en)?',
  '(?:også|likeledes|tilsvarende) (?:ved|dersom|hvis|når|i tilfelle)[^.;]{0,20}?(?:(?:arbeidsgiver(?:en)?|selskapet) (?:\\p{L}+ ){0,3}?(?:sier opp|har sagt opp|avslutter)|(?:arbeidsgivers|arbeidsgiverens|selskapets) oppsigelse|oppsigelse fra (?:arbeidsgiver(?:en)?|selskapet))',
  // en
  'regardless of (?:who|which party|the reason|the manner|how|whether|the circumstances|the cause)[^.;]{0,60}?(?:terminat\\p{L}*|ends?|ended|dismiss\\p{L}*|resign\\p{L}*)',
  'irrespective of (?:who|which party|the reason|the manner|how|whether|the circumstances|the cause)[^.;]{0,60}?(?:terminat\\p{L}*|ends?|ended|dismiss\\p{L}*|resign\\p{L}*)',
  '(?:terminat\\p{L}*|ends?|ended|cessation)[^.;]{0,40}?(?:howsoever|however) (?:caused|arising|occurring|brought about|effected)',
  '(?:terminat\\p{L}*|ends?|ended|cessation)[^.;]{0,40}?for (?:any|whatever) reason(?: whatsoever)?',
  'however (?:the|your|this) (?:employment|agreement|contract) (?:is |was |may be |comes to an )?(?:terminated|ends?|end|brought to an end)',
  'however (?:that|this|it) comes about', 'howsoever terminated',
  'whether (?:the employment is )?(?:terminated )?by the (?:company|employer)[^.;]{0,20}? or (?:by )?the (?:employee|executive)',
  'whether (?:the employment is )?(?:terminated )?by the (?:employee|executive)[^.;]{0,20}? or (?:by )?the (?:company|employer)',
  '(?:including|even) (?:if|where|when) (?:the )?(?:company|employer) (?:\\p{L}+ ){0,3}?(?:terminates|dismisses|has terminated)',
  'even if the employment is terminated by the (?:company|employer)',
]);

/** A carve-out that keeps the dismissal rule: "unless ... for the employee's own conduct", "tenzij ... ernstig verwijtbaar". */
export const DISMISSAL_CARVE_OUT = words([
  'saklig begrunnet i arbeidstaker(?:en)?s (?:eget |egne )?forhold', 'arbeidstakers (?:eget |egne )?forhold', 'arbeidstakerens (?:eget |egne )?forhold',
  'med mindre (?:oppsigelsen|arbeidsgiver)', 'ernstig verwijtbaar', 'tenzij (?:de )?(?:opzegging|werkgever|het ontslag)',
  'dringende reden', 'gross misconduct', "the employee's (?:own )?(?:conduct|misconduct)", 'unless the (?:company|employer)',
  'gjelder ikke (?:dersom|hvis|når|ved)[^.;]{0,40}?(?:arbeidsgiver\\p{L}*|selskapet\\p{L}*)[^.;]{0,20}?(?:sier opp|oppsigelse)',
  '(?:geldt|gelden|is) niet (?:van toepassing )?(?:indien|als|wanneer|bij)[^.;]{0,40}?(?:werkgever|opzegging door)',
  '(?:shall|will|does) not apply (?:if|where|when|on)[^.;]{0,40}?(?:company|employer)[^.;]{0,30}?(?:terminat\\p{L}*|dismiss\\p{L}*)',
  'in breach of (?:this|the) agreement', 'wrongful(?:ly)? (?:dismissal|dismissed|terminat\\p{L}*)', 'repudiatory breach', 'summary dismissal',
]);

/** Compensation for a restraint is excluded. */
export const COMPENSATION_EXCLUDED = words([
  // nl
  'zonder (?:enige |nadere |aanvullende |afzonderlijke |extra |een )?(?:vergoeding|compensatie|tegenprestatie|betaling)',
  'zonder dat[^.;,]{0,40}?(?:vergoeding|compensatie|tegenprestatie)[^.;,]{0,30}?(?:verschuldigd|betaalt|betaald|toekomt|ontvangt)',
  'geen (?:aanvullende |nadere |afzonderlijke |extra |enkele |aparte )?(?:vergoeding|compensatie|tegenprestatie)',
  'niet gehouden[^.;]{0,40}?(?:vergoeding|compensatie)', 'geen recht op (?:enige |een )?(?:vergoeding|compensatie|schadeloosstelling)',
  'geen aanspraak op (?:enige |een )?(?:vergoeding|compensatie)',
  '(?:vergoeding|compensatie)[^.;]{0,40}?(?:is|wordt|zijn) (?:reeds )?(?:begrepen|verdisconteerd|inbegrepen|verwerkt) in (?:het |de )?(?:salaris|loon|beloning)',
  // no
  'uten (?:noen |særskilt |særskilte |eget |egen |ekstra |annen |annet |tilleggs)?(?:kompensasjon|vederlag|godtgjørelse|godtgjøring|betaling)',
  'ingen (?:særskilt |særskilte |egen |ekstra |annen |tilleggs)?(?:kompensasjon|vederlag|godtgjørelse|godtgjøring)',
  'ikke (?:krav|rett) på (?:noen |særskilt |egen |ekstra )?(?:kompensasjon|vederlag|godtgjørelse|godtgjøring)',
  '(?:kompensasjon|vederlag|godtgjørelse)(?:en)? (?:ytes|betales|gis|utbetales) ikke',
  '(?:kompensasjon|vederlag|godtgjørelse)(?:en)?[^.;]{0,40}?(?:anses|er) (?:å være )?(?:inkludert|innbakt|hensyntatt|inkalkulert|inneholdt) i (?:lønn|lønnen|den avtalte lønnen|fastlønnen)',
  // en
  'without (?:any )?(?:additional |further |separate |extra )?(?:compensation|consideration|payment|remuneration)',
  'no (?:additional |further |separate |extra )?(?:compensation|consideration|payment) (?:is|shall be|will be) (?:payable|paid|due)',
  'not (?:be )?entitled to (?:any )?(?:additional |further |separate )?(?:compensation|payment|consideration)',
  'no additional consideration', 'for no (?:additional |further )?consideration',
  '(?:salary|remuneration)[^.;]{0,60}?(?:constitutes?|is|represents) (?:full|adequate|sufficient|good) (?:and sufficient )?consideration',
  'included in (?:the |your )?(?:salary|remuneration)',
]);

/** Compensation at the full statutory level or by reference to the statute. */
export const COMPENSATION_STATUTORY = words([
  '(?:i (?:samsvar|henhold) (?:med|til)|etter|jf\\.?|i tråd med|som fastsatt i)\\s+(?:(?:arbeidsmiljøloven|aml\\.?)\\s*)?(?:§\\s*)?14\\s*A-3',
  '(?:arbeidsmiljøloven|aml\\.?)\\s*§\\s*14\\s*A-3',
  '(?:in accordance with|under|pursuant to|as required by)\\s+(?:section\\s+|§\\s*)14\\s*A-3', 'section\\s+14\\s*A-3',
  'den lovbestemte kompensasjonen', 'lovbestemt kompensasjon', 'the statutory compensation',
  'full lønn', 'full pay', 'full salary', 'volledig (?:salaris|loon)', 'het volledige (?:salaris|loon)',
]);

/** Pay words next to which a percentage is a compensation rate. */
export const PAY_REFERENCE = words([
  'salaris', 'maandsalaris', 'loon', 'maandloon', 'vergoeding', 'compensatie', 'brutosalaris', 'bezoldiging',
  'lønn', 'lønnen', 'arbeidsvederlag(?:et)?', 'fastlønn(?:en)?', 'kompensasjon(?:en)?', 'vederlag(?:et)?', 'godtgjørelse(?:n)?',
  'salary', 'pay', 'remuneration', 'compensation', 'earnings', 'base salary', 'basic salary',
]);

/** "zwaarwegende bedrijfs- of dienstbelangen" and its renderings: the motivation art. 7:653 lid 2 BW requires. */
export const WEIGHTY_INTERESTS = words([
  'zwaarwegend(?:e)? (?:bedrijfs-? (?:of|en) dienst)?(?:bedrijfs|dienst)?-?belang(?:en)?', 'zwaarwegende (?:bedrijfs|dienst)belangen',
  'zwaarwegend belang', 'zwaarwegende belangen', 'zwaarwegende bedrijfsbelangen',
  '(?:compelling|weighty|substantial|overriding|serious) (?:business|company)(?: or service)? interests?',
  'tungtveiende (?:bedrifts|forretnings|virksomhets)(?:messige)?(?:-? (?:eller|og) tjenestemessige)? (?:interesser|hensyn|behov)',
  'tungtveiende (?:interesser|hensyn)',
]);

/** The employer gives reasons: "motiveert", "omdat", "namelijk", "because", "fordi". */
export const REASON_GIVEN = words([
  'omdat', 'vanwege', 'gelet op', 'gezien', 'namelijk', 'aangezien', 'doordat', 'in verband met', 'wegens', 'te weten', 'blijkt uit',
  'because', 'since', 'given that', 'namely', 'in particular', 'as the employee', 'in view of', 'due to', 'owing to',
  'fordi', 'ettersom', 'idet', 'nemlig', 'på grunn av', 'grunnet', 'ettersom',
]);

/** A template placeholder left in the text: "[beschrijf de belangen]", "[...]", "[●]", "XXX". */
export const PLACEHOLDER = /\[[^\]\n]{0,80}\]|(?<![\p{L}\p{N}])X{3,}(?![\p{L}\p{N}])|\{\{[^}\n]{0,60}\}\}|_{5,}|…|\.{4,}/gu;

/** A restraint source in a unilateral document: "zoals opgenomen in het personeelshandboek". */
export const DERIVED_FROM = words([
  // nl
  'zoals (?:opgenomen|vastgelegd|omschreven|beschreven|bepaald|neergelegd|vermeld|vervat|geregeld) in', '(?:opgenomen|vastgelegd|neergelegd|vervat|geregeld|bepaald) in',
  'volgt uit', 'voortvloeiend uit', 'voortvloeit uit', 'voortvloeien uit', 'op grond van', 'overeenkomstig', 'conform', 'krachtens', 'uit hoofde van', 'ingevolge',
  'van toepassing (?:is|zijn) (?:het|de)', 'geldt (?:het|de)', 'gelden (?:de|het)', 'is gebonden aan', 'houdt zich aan', 'in acht (?:te )?nemen',
  // en
  '(?:as )?(?:set out|contained|laid down|described|specified|stated|provided for|defined) in', 'in accordance with', 'pursuant to', 'under the',
  'as per', 'arising from', 'arising under', 'is bound by', 'comply with', 'subject to the', 'the restrictions in',
  // no
  '(?:som )?(?:fastsatt|angitt|nedfelt|inntatt|beskrevet|regulert|fastslått|bestemt) i', 'følger av', 'i henhold til', 'i samsvar med', 'etter reglene i', 'jf\\.?',
  'er bundet av', 'gjelder (?:den|de|det)', 'fremgår av', 'som følger av',
]);

/** Procedure words: a policy that tells how to ask for a waiver or where to report is not the restraint's source. */
export const PROCEDURE = words([
  'procedure', 'ontheffing', 'toestemming (?:aan )?(?:te )?vragen', 'verzoek om (?:ontheffing|toestemming)', 'melden', 'melding', 'aanvraag', 'aanvragen',
  'procedures?', 'process', 'waiver', 'consent', 'request', 'apply for', 'how to', 'notify', 'notification', 'report',
  'prosedyre(?:n|r)?', 'fremgangsmåte(?:n)?', 'søknad', 'søke om', 'fritak', 'samtykke', 'melde', 'melding', 'hvordan',
  // enforcement is procedure too: "breach … may be dealt with under the disciplinary policy"
  'disciplin\\p{L}*', 'sanctie\\p{L}*', 'sanksjon\\p{L}*', 'overtreding\\p{L}*', 'schending', 'breach(?:es)?', 'brudd', 'handhaving',
]);

/** The separate document was attached to the contract and accepted by the employee. */
export const EXPRESSLY_ACCEPTED = words([
  'voor akkoord (?:is |heeft |zijn )?(?:getekend|ondertekend|geparafeerd)', '(?:aan|bij) deze (?:arbeids)?overeenkomst (?:is |wordt |zijn )?(?:gehecht|gevoegd|toegevoegd)', 'uitdrukkelijk (?:heeft )?(?:aanvaard|aanvaardt|aanvaarden|akkoord)',
  'door ondertekening van deze (?:arbeids)?overeenkomst (?:aanvaardt|verklaart|gaat)', 'verklaart (?:deze|het|de bijlage)[^.;]{0,40}?(?:ontvangen|aanvaard|akkoord)',
  'aanvaardt (?:werknemer )?(?:uitdrukkelijk|door ondertekening)', 'als bijlage (?:\\p{L}+ )?(?:aan|bij) deze (?:arbeids)?overeenkomst (?:gehecht|toegevoegd)',
  'aangehecht', 'bijgevoegd', 'deel uit(?:maakt| van deze)', 'maakt (?:integraal )?deel uit van deze',
  'expressly (?:accepts?|accepted|agrees?|agreed)', 'attached (?:to this agreement|as schedule|hereto)', 'annexed', 'forms? part of this agreement',
  'by signing this agreement', 'has read and (?:accepts|understood|agrees)', 'signed (?:by the employee|by both parties)',
  'vedlagt (?:denne )?(?:avtalen|arbeidsavtalen|kontrakten)', 'vedlegg (?:\\d+ )?(?:til|i) (?:denne )?(?:arbeids)?avtalen', 'utgjør en del av (?:denne )?(?:arbeids)?avtalen',
  'uttrykkelig (?:akseptert|aksepterer|godtatt|godtar|samtykket)', 'har lest og (?:akseptert|aksepterer|godtatt|godtar)', 'ved sin signatur', 'ved å signere (?:denne )?(?:arbeids)?avtalen',
]);

/** The employer can change the restraint alone: "as amended from time to time", "zoals dat van tijd tot tijd luidt". */
export const UNILATERAL_AMENDMENT = words([
  'as (?:amended|updated|revised|varied|supplemented) (?:by the (?:company|employer) )?from time to time', 'as in force from time to time',
  'as the (?:company|employer) may (?:from time to time )?(?:amend|vary|change|update|determine)',
  '(?:the )?(?:company|employer) may (?:at any time |from time to time )?(?:unilaterally )?(?:amend|vary|change|extend|update) (?:the |these |this )?(?:restrictions?|restricted|list|scope|territory|covenants?)',
  'zoals (?:dat|die|deze|het) (?:van tijd tot tijd|telkens) (?:luidt|luiden|geldt|gelden|wordt vastgesteld)', 'zoals (?:dat|die|deze) (?:van tijd tot tijd )?(?:door werkgever )?(?:wordt )?gewijzigd',
  'van tijd tot tijd (?:door werkgever )?(?:te )?(?:wijzigen|aan te passen|vast te stellen|aangepast|gewijzigd|vastgesteld)',
  '(?:werkgever|zij|hij) (?:is gerechtigd|mag|kan|behoudt zich het recht voor)[^.;]{0,60}?eenzijdig[^.;]{0,40}?(?:wijzig\\p{L}*|aan te passen|aanpass\\p{L}*|uit te breiden|vast te stellen)',
  'eenzijdig (?:te )?(?:wijzigen|aan te passen|uit te breiden|vast te stellen)',
  'slik (?:den|de|det) (?:til enhver tid|fra tid til annen) (?:lyder|gjelder|er fastsatt)', 'til enhver tid gjeldende', '(?:som )?endret fra tid til annen',
  '(?:selskapet|arbeidsgiver(?:en)?) (?:kan|har rett til å|forbeholder seg (?:retten )?til å)[^.;]{0,40}?ensidig[^.;]{0,30}?(?:endre|utvide|justere|fastsette)',
  'ensidig (?:endre|utvide|justere|fastsette)',
]);

/** A permission, not a ban: "mag wel reageren", "kan likevel svare", "may keep", "is not prevented from". */
export const PERMISSION = words([
  'mag wel', 'mag (?:\\p{L}+ ){0,3}?wel', 'is (?:het )?(?:werknemer )?(?:wel )?toegestaan', 'staat (?:het )?(?:werknemer )?vrij', 'belet niet', 'verhindert niet',
  'kan likevel', 'kan (?:\\p{L}+ ){0,3}?likevel', 'står fritt', 'er (?:likevel )?tillatt', 'ikke til hinder for', 'er ikke forhindret',
  'may (?:nevertheless |still |however )?(?:keep|accept|respond|reply|announce|deal|remain|continue|maintain|answer)', 'is (?:free|permitted|entitled) to',
  'nothing in this clause (?:prevents|shall prevent)', 'shall not prevent', 'does not prevent', 'is not prevented',
]);
