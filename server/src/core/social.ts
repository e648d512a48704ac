/**
 * Social media and the personal network: shared concepts for the social-media rules
 * (profile-ownership, account-credentials, linkedin-cleanup, network-handover,
 * unsolicited-commercial-messages, and the monitoring / consent / #OpenToWork / profile-content /
 * expression rules, which import from here read-only).
 *
 * STABILITY: other rules import these names. Add concepts and alternatives freely; do not rename or
 * remove an export, and do not change what a helper returns for text it already handles.
 *
 * The model. These clauses are prose, so a rule is a combination of concepts found together in one
 * *unit*: a sentence, or a ';'-part of one, together with the lead-in that introduces it ("The
 * following are the property of the Company:" before a list item). Within a unit, contrastive
 * connectives (", but", ", whereas", ", maar", ", mens" ...) cut *spans*: a relation and the phrase it
 * is about must sit in the same span.
 *
 *   subject   what the clause is about: a personal profile, account, connections, followers,
 *             network or contacts (findSubjects), classified as the employee's ('personal'), the
 *             employer's ('company': company pages, Recruiter seats, accounts in the employer's
 *             name, CRM records, company systems) or unqualified ('plain')
 *   relation  ownership (eigendom van, tilhører, property of), transfer (overgedragen, overdras,
 *             transferred), hand-over (exporteren, utlevere, hand over), disclosure (verstrekken,
 *             oppgi, provide), deletion (verwijderen, slette, delete)
 *   owner     who the relation points at: the employer (EMPLOYER_ACTOR) or the employee
 *             (EMPLOYEE_OWNER), searched after the relation first ("eigendom van werkgever"), then
 *             before it ("the Company owns")
 *   negation  "niet", "ikke", "not", "never", "geen", "ingen", "no" near the relation (isNegated),
 *             with the usual non-negations ("no later than", "niet alleen", "ikke bare") excepted
 *
 * All regexes are compiled with words() or re() (Unicode word boundaries, a space matches any white
 * space so phrases may break over lines) and contain only bounded gaps such as [^.;:]{0,40}: nothing
 * can backtrack catastrophically on untrusted text. Matches are computed once per document and
 * concept (mentions()), and at most MAX_PER_UNIT subjects or relations are paired per unit, so the
 * rules stay linear in the length of the document.
 *
 * Exports, by group (all stable):
 *   platforms and context  SOCIAL_PLATFORM, SOCIAL_TITLE, isSocialMediaDocument, isSocialTitled,
 *                          isSocialClause, unitNamesPlatform
 *   parties                EMPLOYER_ACTOR, EMPLOYEE_OWNER, employerNameList, partyTerms
 *   things                 COMPANY_OWNED, COMPANY_SYSTEM, COMPANY_CREATED, DATA_STORE, DATA_OR_DEVICE,
 *                          CLIENTS, LIST_OF, EMPLOYER_BRANDING, POSTED_CONTENT, findSubjects,
 *                          unitSubjects, classifyCompound, isPersonalSocial, SUBJECT_LABEL
 *   relations              OWNERSHIP_RELATION, EMPLOYER_OWNERSHIP, TRANSFER, HANDOVER (= HANDOVER_STRONG
 *                          + HANDOVER_GENERIC), ACCOUNT_HANDOVER, ACCOUNT_ACCESS, LEAVE_BEHIND,
 *                          CREDENTIALS, DISCLOSE, SECRECY, DELETE, NETWORK_DELETE, CLEANUP_VERB
 *   messaging              MESSAGE_ACTION, MESSAGE_NOUN, MESSAGE_CHANNEL, POSTING, COMMERCIAL,
 *                          CONSENT_OR_COMPLIANCE
 *   modality and time      OBLIGATION, PERMISSION, NEGATION, NOT_NEGATION, isNegated, isSubjectNegated,
 *                          CONTRAST, AT_TERMINATION
 *   matching and units     mentions, mentionsIn, mentionsInRanges, hasIn, socialUnits, spanAround,
 *                          rangeOf, pairSubjects, ownerOf, MAX_PER_UNIT
 *   fixes                  partyTerms, sentenceCase, replacementRange
 */
import type { AnalyzedDocument, Block, Clause, Lang, Sentence } from './types';
import { findAllIn, re, words } from './text';

// =============================================================================================
// Concepts (regexes). Alternatives are regex sources; see words() in ./text.

/** Social platforms and "social media" in nl / no / en, including compounds (socialemediabeleid, LinkedIn-profiel). */
export const SOCIAL_PLATFORM = words([
  'linkedin\\p{L}*', 'linked in', 'facebook\\p{L}*', 'instagram\\p{L}*', 'twitter\\p{L}*', 'tiktok\\p{L}*', 'xing', 'youtube',
  'snapchat', 'whatsapp', 'messenger', 'x \\(?(?:formerly )?twitter\\)?', 'sales navigator', 'inmail\\p{L}*',
  'sociale(?:-|\\s+)?media\\p{L}*', 'socialemedia\\p{L}*', 'social(?:-|\\s+)?media\\p{L}*', 'sociale netwerk\\p{L}*', 'social network\\p{L}*',
  'sosiale medie\\p{L}*', 'sosiale medium', 'sosialemedie\\p{L}*', 'sosiale nettverk\\p{L}*', 'sosiale kanaler',
  'networking (?:sites?|platforms?|services?)', 'professional network(?:ing)? (?:sites?|platforms?|services?)',
  'online (?:platforms?|netwerken|profiles?)', 'nettverkstjenest\\p{L}*', 'netwerksites?', 'social platforms?',
]);

/** Clause or document titles that make every sentence under them about social media. */
export const SOCIAL_TITLE = words([
  'linkedin\\p{L}*', 'sociale(?:-|\\s+)?media\\p{L}*', 'socialemedia\\p{L}*', 'social(?:-|\\s+)?media\\p{L}*', 'sosiale medie\\p{L}*',
  'sosialemedie\\p{L}*', 'online (?:presence|aanwezigheid|profiles?)', 'personal profiles?', 'persoonlijke profielen',
  'personlige profiler', 'profiel(?:en)?', 'profiler', 'sociale netwerk\\p{L}*', 'social networking', 'sosiale nettverk\\p{L}*',
]);

/** The employer as actor or owner. Genitives included ("werkgevers", "Selskapets", "the Company's"). */
export const EMPLOYER_ACTOR = words([
  'werkgevers?', 'de werkgever', 'het kantoor', 'the practice', 'onderneming', 'organisatie', 'vennootschap', 'concern', 'het bedrijf', 'bedrijf',
  'arbeidsgiver(?:en|ens|s)?', 'selskap(?:et|ets)', 'bedrift(?:en|ens)', 'virksomhet(?:en|ens)', 'foretak(?:et|ets)',
  'konsern(?:et|ets)', 'firma(?:et|ets)', 'company\'?s?', 'company’s', 'employer\'?s?', 'employer’s', 'the group', 'the firm',
  'the organi[sz]ation', 'the business', 'us', 'ons', 'oss', 'wij', 'we', 'our', 'onze', 'vår(?:e|t)?',
  '\\p{Lu}[\\p{L}&-]{0,40} (?:b\\.v\\.|bv|n\\.v\\.|as|asa|ltd\\.?|limited|plc|llp)',
]);

/** The employee as owner ("blijven eigendom van werknemer", "tilhører arbeidstakeren", "remain the Employee's"). */
export const EMPLOYEE_OWNER = words([
  'werknemers?', 'de werknemer', 'medewerkers?', 'arbeidstaker(?:en|ens|s)?', '(?:den )?ansattes?', 'medarbeider(?:en|ens)?',
  'employees?\'?s?', 'employee’s', 'the individual', 'the member', 'the worker', 'staff members?', 'medlemmet', 'het lid',
  'jou', 'jouw', 'you', 'your', 'yours', 'deg', 'din', 'ditt', 'dine', 'hem', 'hen', 'zichzelf', 'him', 'them', 'themselves',
  'his', 'their', 'own', 'eigen', 'egen', 'eget', 'egne', 'personlig(?:e)?', 'persoonlijk(?:e)?', 'privé', 'personal',
]);

/** Things that are the employer's: pages, paid seats, employer-run groups, CRM, company systems. */
export const COMPANY_OWNED = words([
  'company pages?', 'company linkedin pages?', 'linkedin pages?', 'pages?', '\\p{L}+pagina(?:\'s)?', 'pagina(?:\'s)?',
  '(?:linkedin|facebook|instagram)-?sid(?:e|en|er|ene)', 'linkedin-?pagina(?:\'s)?', 'showcase pages?', 'career pages?',
  'bedrijfspagina(?:\'s)?', 'bedrijfsprofiel(?:en)?', 'bedrijfsaccounts?', 'bedriftsside(?:n|r|ne)?', 'bedriftsprofil(?:en|er)?',
  'bedriftskonto(?:en|er)?', 'firmaside(?:n)?', 'selskapsside(?:n)?', 'company (?:linkedin |social media )?accounts?',
  'corporate (?:linkedin |social media )?accounts?', 'official (?:linkedin |social media )?accounts?',
  'recruiter(?:-?(?:seats?|licen[cs]es?|licenties?|lisens(?:er|en)?|accounts?|kontoer?|abonnement\\p{L}*))?',
  'sales navigator(?:-?(?:seats?|licen[cs]es?|licenties?|lisens(?:er|en)?))?', 'groups?', 'groepen', 'groep', 'grupper?(?:ne|n)?',
  'crm(?:-?\\p{L}*)?', 'klantsysteem', 'klantenbestand', 'klantendatabase', 'customer (?:database|relationship management)',
  'kundedatabase(?:n)?', 'kunderegister(?:et)?', 'kundesystem(?:et)?',
]);

/** Company systems: credentials of these are the employer's to manage. */
export const COMPANY_SYSTEM = words([
  'systems?', 'systemen', 'systemer(?:ne)?', 'it', 'ict', 'it-?\\p{L}+', 'ict-?\\p{L}+', 'computers?', 'laptops?', 'devices?',
  'apparat(?:en|uur)', 'enheter', 'pc', 'e-?mail\\p{L}*', 'mailbox\\p{L}*', 'intranet', 'applications?', 'applicaties', 'software',
  'vpn', 'office ?365', 'microsoft\\p{L}*', 'teams', 'slack', 'crm\\p{L}*', 'werkplek', 'bedrijfs\\p{L}+', 'bedrifts\\p{L}+',
  'firma\\p{L}+', 'company (?:systems?|accounts?|e-?mail|devices?|equipment|network)', 'netwerk van werkgever', 'bedrijfsnetwerk',
  'werkgeversaccount', 'domain', 'domein', 'domene', 'wifi', 'wi-fi',
]);

/** Ownership relations: "eigendom", "komen toe aan", "tilhører", "property of", "belong to", "vest in", "owns". */
export const OWNERSHIP_RELATION = words([
  'eigendom(?:men)?', 'eigena(?:ar|ren)', 'toe aan', 'toebehoren', 'toebehoort', 'toebehoorde', 'toekom\\p{L}*', 'toe(?:ge)?komen',
  'behoor\\p{L}*[^.;:]{0,40}?\\stoe', 'behoren[^.;:]{0,40}?\\stoe', 'kom(?:t|en)[^.;:]{0,40}?\\stoe',
  'berust\\p{L}* bij', 'in handen van', 'vermogen van', 'bezit van', 'rechthebbende', 'zeggenschap',
  'tilhør(?!ende)\\p{L}*', 'eies', 'eid', 'eiendom(?:men)?', 'eier(?:en)?', 'eierskap(?:et)?', 'tilfall\\p{L}*', 'tilkommer', 'disposisjonsrett\\p{L}*',
  '(?<!intellectual\\s)propert(?:y|ies)', 'belong(?:s|ing)?(?!\\p{L})', 'owned', '(?<!(?:their|his|her|your|its|our|my|own|\\p{L}+[\'’]s?)\\s)owns?', 'owner(?:ship)?', 'vest(?:s|ed)? in',
  'remains? with', 'lies with', 'rests? with', 'held by', 'accrues? to', 'accrue to', 'claims? (?:ownership|title|rights?)',
  'aanspraak', 'gjør krav på', 'krav på',
]);

/** Ownership phrases that name the employer themselves ("Company asset", "bedrijfsmiddel", "Selskapets eiendom"). */
export const EMPLOYER_OWNERSHIP = words([
  'company (?:assets?|property)', 'assets? of the company', 'company[\'’]s (?:property|assets?)', 'employer[\'’]s (?:property|assets?)',
  'company-owned', 'employer-owned', 'business assets?', 'bedrijfsmiddel(?:en)?', 'bedrijfseigendom', 'werkgeverseigendom',
  '(?:werkgevers|ondernemings) eigendom', 'eigendom (?:is |zijn |blijft |blijven |worden |wordt )?van (?:de )?(?:werkgever|onderneming|vennootschap|organisatie)',
  '(?:zijn|is|blijven|blijft|worden|wordt) van (?:de )?(?:werkgever|onderneming|vennootschap|organisatie)',
  '(?:selskapets|arbeidsgiverens|arbeidsgivers|bedriftens|virksomhetens|firmaets|konsernets) (?:eiendom|eiendeler|aktiva)',
  'eiendel(?:er)? (?:som tilhører|i) (?:selskapet|arbeidsgiver(?:en)?)',
  // any organisation's genitive (hotellets, kommunens, konsernets), but not the employee's
  '(?!arbeidstaker|medarbeider|ansatt|den ansatt|medlem)\\p{L}{3,}(?:ets|ens) (?:eiendom|eiendeler|aktiva)',
]);

/** A change of owner: "overgedragen", "overdras", "overføres", "transferred", "assigned", "taken over". */
export const TRANSFER = words([
  'overgedragen', 'overdragen', 'overdraagt', 'overdracht', 'draagt[^.;:]{0,80}?\\sover(?= aan)', 'draagt[^.;:]{0,80}?\\sover(?=\\s*(?:[.;,]|$))', 'over aan', 'overgaan', 'gaat over', 'gaan over',
  'ga(?:at|an)[^.;:]{0,80}?\\sover(?=\\s+(?:op|naar|aan))', 'overgenomen', 'overnemen', 'neemt[^.;:]{0,60}?\\sover(?!\\p{L})',
  'overdra\\p{L}*', 'overfør\\p{L}*', 'overta(?:r|s|tt|kelse)?', 'overlat(?:e|es|t)',
  'transfer(?:s|red|ring|able)?', 'assign(?:s|ed|ment)?', 'taken over', 'take over', 'takes over', 'pass(?:es)? to', 'passed to',
]);

/** Handing over that can only mean giving the thing away: "exporteren", "overhandigen", "utlevere", "hand over", "download". */
export const HANDOVER_STRONG = words([
  'exporte\\p{L}*', 'exporteer\\p{L}*', 'geëxporteerd', 'overhandig\\p{L}*', 'aanlever\\p{L}*', 'inlever\\p{L}*', 'afgeven', 'afgegeven',
  'geeft[^.;:]{0,40}?\\saf(?!\\p{L})', 'download\\p{L}*', 'kopie(?:ën)?', 'overzetten', 'overgezet', 'uploaden', 'levert', 'leveren',
  'eksporter\\p{L}*', 'overlever\\p{L}*', 'utlever\\p{L}*', 'lever(?:e|er|es)', 'oversend\\p{L}*', 'kopi(?:er|en)?', 'laste(?:s)? ned',
  'laster[^.;:]{0,40}?\\sned(?!\\p{L})', 'export\\p{L}*', 'hand(?:s|ed|ing)? over', 'handover', 'deliver\\p{L}*', 'cop(?:y|ies)',
  'surrender\\p{L}*',
]);

/** Giving in general: "delen", "verstrekken", "gi", "dele", "share", "provide", "send". Only about what stands right beside it. */
export const HANDOVER_GENERIC = words([
  'verstrek\\p{L}*', 'verschaf\\p{L}*', 'ter beschikking', 'beschikbaar (?:stellen|gesteld|stelt)', 'deelt', 'delen', 'gedeeld',
  'stuurt', 'sturen', 'opsturen', 'stuurt[^.;:]{0,40}?\\sop(?!\\p{L})', 'dele', 'deler', 'deles', 'delt', 'gi', 'gir', 'gis', 'gitt',
  'sende', 'sender', 'sendes', 'provid\\p{L}*', 'suppl(?:y|ies|ied)', 'disclos\\p{L}*', 'shar(?:e|es|ed|ing)', 'make available',
  'made available', 'give', 'gives', 'given', 'send', 'sends', 'sent',
]);

/** Handing over data or a thing: HANDOVER_STRONG and HANDOVER_GENERIC together. */
export const HANDOVER = words([
  'exporte\\p{L}*', 'exporteer\\p{L}*', 'geëxporteerd', 'overhandig\\p{L}*', 'verstrek\\p{L}*', 'verschaf\\p{L}*', 'ter beschikking',
  'beschikbaar (?:stellen|gesteld|stelt)', 'aanlever\\p{L}*', 'inlever\\p{L}*', 'deelt', 'delen', 'gedeeld', 'afgeven', 'afgegeven',
  'geeft[^.;:]{0,40}?\\saf(?!\\p{L})', 'download\\p{L}*', 'kopie(?:ën)?', 'overzetten', 'overgezet', 'uploaden', 'leveren',
  'eksporter\\p{L}*', 'overlever\\p{L}*', 'utlever\\p{L}*', 'lever(?:e|er|es)', 'levert', 'dele', 'deler', 'deles', 'delt',
  'oversend\\p{L}*', 'gi', 'gir', 'gis', 'gitt', 'kopi(?:er|en)?', 'laste(?:s)? ned', 'laster[^.;:]{0,40}?\\sned(?!\\p{L})',
  'sende', 'sender', 'sendes', 'send', 'sends', 'sent', 'stuurt', 'sturen', 'opsturen', 'stuurt[^.;:]{0,40}?\\sop(?!\\p{L})',
  'export\\p{L}*', 'hand(?:s|ed|ing)? over', 'handover', 'provid\\p{L}*', 'suppl(?:y|ies|ied)', 'deliver\\p{L}*', 'disclos\\p{L}*',
  'shar(?:e|es|ed|ing)', 'make available', 'made available', 'cop(?:y|ies)', 'surrender\\p{L}*', 'give', 'gives', 'given',
]);

/** What is shared when it is not the network: posts, vacancies, content ("delen van hun berichten", "share vacancies"). */
export const POSTED_CONTENT = words([
  'berichten', 'bericht', 'posts?', 'innlegg(?:et|ene)?', 'vacatures?', 'stillingsannonser', 'content', 'updates?', 'artikel(?:en)?',
  'articles?', 'nieuws', 'nyheter', 'news', 'foto\\p{L}*', 'photos?', 'video\\p{L}*', 'likes?', 'reacties', 'comments?', 'kommentarer',
]);

/** Leaving a personal account behind with the employer: "achterlaten", "la igjen", "leave behind". */
export const LEAVE_BEHIND = words([
  'achterlaten', 'achtergelaten', 'laat[^.;:]{0,80}?\\sachter', 'blijft bij (?:de )?werkgever', 'blijven bij (?:de )?werkgever',
  'la(?:tes)?[^.;:]{0,30}?\\sigjen', 'ligg(?:e|er|ende) igjen', 'etterlat\\p{L}*', 'forbli(?:r)? hos (?:selskapet|arbeidsgiver(?:en)?|bedriften)',
  'leave[^.;:]{0,30}?\\sbehind', 'left behind', 'remains? with the (?:company|employer)', 'remain accessible to the (?:company|employer)',
  'continue to be (?:operated|managed|used) by the (?:company|employer)',
]);

/** Log-in secrets (compounds included: LinkedIn-wachtwoord, LinkedIn-passord). Matched inside words: classify the prefix. */
export const CREDENTIALS = words([
  'wachtwoord(?:en)?', 'inloggegevens', 'logingegevens', 'inlog(?:code|codes|naam|namen|data)', 'toegangscodes?', 'toegangsgegevens',
  'passord(?:et|ene)?', 'påloggingsinformasjon(?:en)?', 'påloggingsdetaljer(?:ne)?', 'påloggings(?:data|opplysninger)',
  'innloggingsinformasjon(?:en)?', 'innloggings(?:detaljer|data|opplysninger)(?:ne)?', 'tilgangskode(?:r|ne)?',
  'passwords?', 'passcodes?', 'log-?in (?:details|credentials|data|information)', 'sign-?in (?:details|credentials)', 'credentials',
  'access codes?', 'two-factor codes?', '2fa codes?',
], { prefix: true });

/** Giving a secret to someone: "verstrekken", "oppgi", "provide", "disclose", also the employer asking for it. */
export const DISCLOSE = words([
  'verstrek\\p{L}*', 'geef\\p{L}*', 'geeft', 'geven', 'gegeven', 'afgeven', 'deelt', 'delen', 'gedeeld', 'doorgeven', 'doorgegeven',
  'meedelen', 'meegedeeld', 'bekend(?:maken|gemaakt)', 'ter beschikking', 'beschikbaar', 'overhandig\\p{L}*', 'inlever\\p{L}*',
  'levert', 'leveren', 'opgeven', 'opgegeven', 'opvragen', 'opgevraagd', 'vraagt', 'vragen', 'verlangt', 'verlangen', 'inzage',
  'verschaf\\p{L}*', 'toegang (?:geven|verlenen|verschaffen)', 'verlen(?:en|t)', 'verleend', 'tildel\\p{L}*', 'grant(?:s|ed|ing)?',
  'oppgi\\p{L}*', 'oppgir', 'gi', 'gir', 'gis', 'gitt', 'utlever\\p{L}*', 'lever(?:e|er|es)', 'dele', 'deler', 'deles', 'delt',
  'overlever\\p{L}*', 'opplys\\p{L}*', 'tilgjengelig', 'sende', 'sender', 'sendes', 'be om', 'ber om', 'kreve\\p{L}*', 'krev(?:er|es)',
  'forlang\\p{L}*', 'innsyn',
  'provid\\p{L}*', 'give', 'gives', 'given', 'giving', 'disclos\\p{L}*', 'shar(?:e|es|ed|ing)', 'hand(?:s|ed|ing)? over',
  'surrender\\p{L}*', 'suppl(?:y|ies|ied)', 'make available', 'made available', 'furnish\\p{L}*', 'deliver\\p{L}*', 'send', 'sent',
  'tell', 'reveal\\p{L}*', 'request\\p{L}*', 'ask(?:s|ed)? for', 'grant access',
]);

/** Handing over, returning or sharing an account itself (narrower than HANDOVER: no "provide details of"). */
export const ACCOUNT_HANDOVER = words([
  'overhandig\\p{L}*', 'afgeven', 'afgegeven', 'geeft[^.;:]{0,40}?\\saf(?!\\p{L})', 'inlever\\p{L}*', 'levert[^.;:]{0,40}?\\sin(?!\\p{L})',
  'ter beschikking', 'teruggeven', 'terug (?:te )?geven', 'geeft[^.;:]{0,40}?\\sterug', 'deelt', 'delen', 'gedeeld',
  'overlever\\p{L}*', 'utlever\\p{L}*', 'lever(?:e|er|es) (?:fra seg|over|tilbake|inn)', 'returner\\p{L}*', 'dele', 'deles', 'delt',
  'hand(?:s|ed|ing)? over', 'handover', 'surrender\\p{L}*', 'give up', 'gives up', 'return(?:s|ed)?', 'shar(?:e|es|ed|ing)',
]);

/** Access to an account granted to someone else ("toegang tot", "tilgang til", "admin rights"). Pair with a granting verb. */
export const ACCOUNT_ACCESS = words([
  'toegang tot', 'access to', 'tilgang til', 'beheerrechten', 'beheerdersrechten', 'admin(?:istrator)? (?:rights|access|role)',
  'administratortilgang', 'administratorrettigheter', 'medebeheerder', 'co-?admin\\p{L}*',
]);

/** Keeping a secret: a password sentence that says this is a security instruction, not a hand-over. */
export const SECRECY = words([
  'geheim', 'vertrouwelijk', 'hemmelig(?:e|holde\\p{L}*)?', 'fortrolig\\p{L}*', 'confidential', 'secret', 'secure', 'veilig', 'sikker(?:t)?',
]);

/** Deleting or removing: "verwijderen", "opschonen", "ontkoppelen", "slette", "fjerne", "delete", "remove", "disconnect". */
export const DELETE = words([
  'verwijder\\p{L}*', 'verwijderd', 'schrap(?:t|pen|te|ping)', 'geschrapt', 'wis(?:t|sen)', 'gewist', 'opschon\\p{L}*', 'opgeschoond',
  'schoont', 'ontkoppel\\p{L}*', 'verbreekt', 'verbreken', 'verbroken', 'ontvolg\\p{L}*', 'opruim\\p{L}*', 'ruimt',
  'slett(?:e|er|es|et|ing)', 'fjern(?:e|er|es|et|ing)', 'rydd(?:e|er|es|et)[^.;:]{0,40}?\\sopp', 'opprydding', 'kobl(?:e|er|es) (?:seg )?fra',
  'delet(?:e|es|ed|ing|ion)', 'remov(?:e|es|ed|ing|al)', 'eras(?:e|es|ed|ing|ure)', 'purg(?:e|es|ed|ing)', 'clean(?:s|ed|ing)? up',
  'disconnect\\p{L}*', 'unfollow\\p{L}*', 'unfriend\\p{L}*', 'sever(?:s|ed|ing)?', 'cease to be connected',
]);

/** Deletion verbs that only make sense for a network (unlink, unfollow): they imply the place. */
export const NETWORK_DELETE = words([
  'ontkoppel\\p{L}*', 'ontvolg\\p{L}*', 'verbreekt', 'verbreken', 'verbroken', 'kobl(?:e|er|es) (?:seg )?fra', 'disconnect\\p{L}*',
  'unfollow\\p{L}*', 'unfriend\\p{L}*', 'sever(?:s|ed|ing)?', 'cease to be connected',
]);

/** Clean-up verbs: their object may be the profile, account or network itself ("schoont zijn LinkedIn-account op"). */
export const CLEANUP_VERB = words([
  'opschon\\p{L}*', 'opgeschoond', 'schoont', 'opruim\\p{L}*', 'ruimt', 'rydd(?:e|er|es|et)[^.;:]{0,40}?\\sopp', 'opprydding',
  'clean(?:s|ed|ing)? up', 'purg(?:e|es|ed|ing)',
]);

/** Whom a clean-up is about: clients, relations, prospects (not their data). */
export const CLIENTS = words([
  'klanten', 'klant', 'relaties', 'relatie', 'opdrachtgevers', 'cliënten', 'prospects?', 'kunder(?:ne)?', 'kunden', 'kunde',
  'oppdragsgivere', 'clients?', 'customers?', 'business contacts?', 'zakelijke contacten', 'forretningsforbindelser',
  'forretningskontakter', 'kundekontakter', 'klantcontacten', 'policyholders?', 'polishouders?', 'forsikringstakere',
  'patients?', 'patiënten', 'pasienter', 'students?', 'studenten', 'leerlingen', 'elever', 'candidates?', 'kandidaten', 'kandidater',
  'tenants?', 'huurders?', 'leietakere', 'suppliers?', 'leveranciers?', 'leverandører', 'vendors?', 'buyers?', 'kopers?', 'kjøpere',
  'colleagues?', 'collega[\'’]?s', 'kolleger', 'kollegaer', 'intercedenten', 'verwijzers',
].map((a) => `${a}(?!\\s+(?:data|gegevens|information|informatie|files|bestanden|records|lists?|lijsten?|details|opplysninger|lister?|databases?|dossiers?))`));

/** Data and devices: deleting these is lawful (employer data on private devices). */
export const DATA_OR_DEVICE = words([
  'data', 'gegevens', 'bedrijfsgegevens', 'klantgegevens', 'information', 'informatie', 'files', 'bestanden', 'documents?', 'documenten',
  'opplysninger', 'filer', 'dokumenter', 'records', 'e-?mails?', 'kopieën', 'copies', 'kopier',
  'devices?', 'apparaten', 'apparatuur', 'telefoon', 'phone', 'smartphone', 'laptop', 'computer', 'enheter', 'mobil(?:telefon)?', 'pc',
]);

/** Things a clean-up may lawfully remove after leaving: the employer's logo, name or the job title. */
export const EMPLOYER_BRANDING = words([
  'logo\\p{L}*', 'huisstijl', 'functietitel', 'functie', 'job titles?', 'titles?', 'stillingstittel', 'tittel', 'werkgeversvermelding',
  'current (?:employer|position)', 'huidige werkgever', 'nåværende arbeidsgiver', 'banner', 'branding',
]);

/** Data stores a list may be exported into (the CRM): a hand-over target, not an owner. */
export const DATA_STORE = words(['crm(?:-?\\p{L}*)?', 'klantsysteem', 'klantenbestand', 'database', 'kundesystem(?:et)?', 'kunderegister(?:et)?', 'kundedatabase(?:n)?']);

/** A list or copy of a network ("lijst van connecties", "oversikt over forbindelser", "a list of contacts"). */
export const LIST_OF = words([
  'lijst(?:en)?', 'overzicht', 'export', 'kopie', 'bestand', 'liste(?:n)?', 'oversikt(?:en)?', 'kopi', 'fil', 'list', 'copy', 'overview', 'file',
  'contactenlijst', 'kontaktliste(?:n)?', 'contact list',
]);

/** A sender's obligation: "is verplicht", "dient", "plikter", "skal", "må", "must", "shall", "is expected to". */
export const OBLIGATION = words([
  'moet', 'moeten', 'dient', 'dienen', 'verplicht\\p{L}*', 'zal', 'zullen', 'wordt verwacht', 'worden verwacht', 'verbindt zich',
  'plikter', 'plikt', 'skal', 'må', 'forventes', 'er forpliktet', 'forplikter', 'verlang\\p{L}*', 'eist', 'eisen', 'require\\p{L}*',
  'kreve\\p{L}*', 'krev(?:er|es)',
  'must', 'shall', 'will', 'is required', 'are required', 'is expected', 'are expected', 'agrees? to', 'undertakes? to', 'is obliged',
  'obliged', 'responsible for', 'verantwoordelijk voor', 'ansvar(?:lig)? for',
]);

/** A permission, not a duty: "mag", "kan", "may", "can", "står fritt". */
export const PERMISSION = words([
  'mag', 'mogen', 'kan', 'kunnen', 'vrij', 'staat het vrij', 'is toegestaan', 'kan velge', 'står fritt', 'har anledning', 'tillatt',
  'zelf bepalen', 'bepalen zelf', 'bepaalt zelf', 'kiezen', 'kiest', 'velge', 'velger', 'choose', 'decide', 'wish', 'wishes', 'wensen', 'ønsker',
  'may', 'can', 'is free to', 'are free to', 'is allowed', 'are allowed', 'is permitted', 'are permitted', 'encouraged', 'aangemoedigd', 'oppfordres',
]);

/** Sending a message to someone (not posting to one's own feed). */
export const MESSAGE_ACTION = words([
  'stuur\\p{L}*', 'sturen', 'verstuur\\p{L}*', 'versturen', 'verzend\\p{L}*', 'verzonden', 'gestuurd', 'benader\\p{L}*', 'aanschrijv\\p{L}*',
  'berichten', 'bericht', 'inmail\\p{L}*', 'dm[\'’]?s?', 'direct messages?', 'privéberichten', 'koude acquisitie', 'acquisitie',
  'send(?:e|er|es)', 'sendt', 'meldinger', 'melding', 'direktemeldinger', 'kontakt(?:e|er)', 'henvend\\p{L}*', 'ta kontakt',
  'oppsøk\\p{L}*', 'sends?', 'sending', 'sent', 'messag(?:e|es|ing)', 'reach(?:es|ing)? out', 'approach(?:es|ed|ing)?',
  'contact(?:ed|ing)?', 'cold[- ](?:outreach|messaging|messages|approaches|calling)', 'outreach',
]);

/** Message nouns among MESSAGE_ACTION: with a POSTING verb they mean posts, not messages. */
export const MESSAGE_NOUN = words(['berichten', 'bericht', 'meldinger', 'melding', 'messages?']);

/** Posting to one's own feed (not messaging a person): "plaatsen", "posten", "publiseres", "post", "share". */
export const POSTING = words([
  'plaats\\p{L}*', 'geplaatst', 'post(?:en|t|s|ed|ing)?', 'gepost', 'publice\\p{L}*', 'publiceer\\p{L}*', 'publiser\\p{L}*', 'legg(?:e|er|es) ut',
  'deel\\p{L}*', 'delen', 'dele', 'deler', 'shar(?:e|es|ed|ing)', 'publish\\p{L}*', 'like', 'liken', 'tijdlijn', 'feed', 'tidslinje',
]);

/** Commercial content or recipients who are sales targets. */
export const COMMERCIAL = words([
  'promot\\p{L}*', '\\p{L}*marketing\\p{L}*', 'commerci\\p{L}*', 'sales', 'salg\\p{L}*', '\\p{L}*aanbieding\\p{L}*', '\\p{L}*reclame\\p{L}*',
  '\\p{L}*promotie\\p{L}*', '\\p{L}*korting(?:en)?', '\\p{L}*rabatt(?:er)?', 'discounts?', 'actieprijs\\p{L}*', 'acquisitie',
  'offers?', 'offerte\\p{L}*', 'advert\\p{L}*', '\\p{L}*markedsføring\\p{L}*', '\\p{L}*reklame\\p{L}*', '\\p{L}*tilbud(?:et|ene)?', '\\p{L}*kampanje\\p{L}*',
  'campagne\\p{L}*', 'campaigns?', 'nyhetsbrev\\p{L}*', 'nieuwsbrie\\p{L}*', 'newsletters?', 'producten', 'products?', 'produkter(?:ne)?',
  'pitch\\p{L}*', 'verkoop\\p{L}*', 'leads', 'prospects?', 'prospekter', 'potential (?:clients|customers)', 'potentiële (?:klanten|opdrachtgevers|relaties)',
  'potensielle kunder', 'nye kunder', 'new (?:clients|customers)', 'nieuwe klanten', 'mass', 'bulk', 'massa', 'masse',
]);

/** Channels for individual electronic messages: platforms, InMail, DMs, messaging apps, a personal account. */
export const MESSAGE_CHANNEL = words([
  'linkedin\\p{L}*', 'facebook\\p{L}*', 'instagram\\p{L}*', 'twitter', 'tiktok', 'xing', 'whatsapp', 'messenger', 'inmail\\p{L}*',
  'direct messages?', 'dm[\'’]?s?', 'privéberichten', 'direktemeldinger', 'sales navigator', 'sociale(?:-|\\s+)?media\\p{L}*', 'social(?:-|\\s+)?media\\p{L}*',
  'sosiale medie\\p{L}*', 'sosialemedie\\p{L}*', 'privé-?account\\p{L}*', 'personal (?:linkedin |social media )?accounts?',
  'privé-?profiel', 'egen profil', 'own profile', 'private? profil(?:e|en)?',
]);

/** Consent, an existing relationship, a reply or compliance with the marketing rules: not unsolicited. */
export const CONSENT_OR_COMPLIANCE = words([
  'toestemming', 'consent\\p{L}*', 'samtykk\\p{L}*', 'opt(?:ed|s)?(?:-|\\s+)?in', 'aangemeld', 'ingeschreven', 'subscribed', 'påmeldt', 'op (?:hun |zijn |haar )?verzoek', 'on request',
  'at (?:their|the recipient[\'’]s) request', 'requested', 'asked for', 'etter forespørsel', 'på forespørsel', 'telecommunicatiewet',
  'markedsføringsloven', 'pecr', 'privacy and electronic communications', 'in accordance with (?:applicable |the )?(?:law|laws|legislation|rules)',
  'met inachtneming van', 'i samsvar med', 'existing (?:clients|customers)', 'bestaande (?:klanten|relaties)', 'eksisterende kunder',
  'reageren op', 'reageert op', 'beantwoord\\p{L}*', 'respond\\p{L}*', 'reply', 'replies', 'svar(?:e|er)', 'inbound',
  'receive', 'receives', 'ontvang\\p{L}*', 'motta\\p{L}*',
]);

/** Negation words. Use isNegated(), which also skips the NOT_NEGATION phrases. */
export const NEGATION = words([
  'niet', 'geen', 'nooit', 'noch', 'geenszins', 'niemand', 'niets', 'not', 'no', 'never', 'neither', 'nor', 'none', 'nobody',
  'no-?one', 'nothing', 'cannot', '\\p{L}+n[\'’]t', 'ikke', 'ingen', 'intet', 'ingenting', 'aldri', 'verken', 'ikkje', 'non',
]);

/** Phrases that contain a negation word but do not negate ("no later than", "niet alleen", "ikke bare"). */
export const NOT_NEGATION = words([
  'not only', 'not just', 'not later than', 'no later than', 'not less than', 'no less than', 'not more than', 'no more than',
  'niet alleen', 'niet later dan', 'niet eerder dan', 'niet minder dan', 'niet meer dan', 'ikke bare', 'ikke senere enn', 'ikke mindre enn',
  'ikke minst', 'ikke mer enn', 'no\\.', 'without delay', 'zonder uitstel', 'zonder vertraging', 'uten ugrunnet opphold', 'uten opphold',
  'without undue delay', 'uten forsinkelse', 'zonder dat', 'without (?:the )?(?:need|requirement)', 'whether or not', 'al dan niet',
  'eller ikke', 'or not', 'without exception', 'zonder uitzondering', 'uten unntak',
]);

/** Contrastive connectives that cut a unit into spans (", but", ", whereas", ", maar", ", mens", "; however"). */
export const CONTRAST = re(
  '(?:,|\\s[–—]|\\()\\s*(?:but|except|excluding|whereas|while|whilst|however|although|unless|because|since|maar|echter|terwijl|' +
    'behalve|uitgezonderd|met uitzondering van|behoudens|tenzij|want|omdat|doch|men|mens|unntatt|bortsett fra|med unntak av|' +
    'fordi|ettersom|derimot|selv om|dog)(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:whereas|however,|daarentegen|derimot|echter,)',
  'giu',
);

/** Termination moments: "bij einde dienstverband", "ved fratreden", "upon termination", "na uitdiensttreding". */
export const AT_TERMINATION = words([
  'bij (?:het )?(?:einde|beëindiging|uitdiensttreding|vertrek)', 'na (?:het )?(?:einde|beëindiging|uitdiensttreding|vertrek)',
  'uitdiensttreding', 'einde (?:van het |van de )?(?:dienstverband|arbeidsovereenkomst)',
  'ved (?:fratreden|opphør|avslutning|avgang)', 'etter (?:fratreden|opphør|avslutning|avgang)', 'fratreden',
  'upon (?:termination|leaving|departure)', 'on (?:termination|leaving|departure)', 'after (?:termination|leaving|departure)',
  'following (?:termination|the termination)', 'termination date', 'when (?:the employee|you) leaves?', 'leaving the company',
]);

// =============================================================================================
// Matching: memoised per document and concept.

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

/**
 * Matches per document and regex. Rules ask for the matches inside a sentence, a clause or a span
 * around a verb; most documents hold few social-media clauses, so a regex is first run on the asked
 * windows only (each window once), and on the whole masked text once the windows asked for add up
 * to more than the document or number more than maxWindows() — linear either way, and a fraction of
 * the work on a long contract with few social-media clauses.
 */
interface ReMemo {
  full?: Mention[];
  windows: Map<number, Map<number, Mention[]>>;
  scanned: number;
  windowCount: number;
}
/**
 * Past this many windows per regex, one whole-document scan and binary searches cost less: at least
 * 256 (thousands of tiny sentences in 100 KB made windows 3× slower than one scan), and one per
 * 1,000 characters in longer documents. A fixed 256 made ever more patterns switch to whole-document
 * scans as a contract grew (71 at 1 MB, 103 at 5 MB): the per-MB cost rose with the size. With the
 * proportional limit it is 30 at every size: the 1 MB bench contract went from 3.5–4.0 s to 1.7–2.1 s
 * (in process), the 5 MB one from 17.5 s to 6.7 s (`npm run bench`), and 1 MB of tiny sentences costs
 * the same as before.
 */
const MIN_WINDOWS = 256;
const CHARS_PER_WINDOW = 1000;
function maxWindows(doc: AnalyzedDocument): number {
  return Math.max(MIN_WINDOWS, Math.floor(doc.masked.length / CHARS_PER_WINDOW));
}
let memo = new WeakMap<AnalyzedDocument, Map<RegExp, ReMemo>>();

/** Drops the matches remembered for every document (lint.ts calls it when a lint ends: a long
 * contract's windows take tens of MB, and a result that is kept must not keep them alive). */
export function releaseMentionMemos(): void {
  memo = new WeakMap();
}

function memoOf(doc: AnalyzedDocument, re: RegExp): ReMemo {
  let byRe = memo.get(doc);
  if (!byRe) memo.set(doc, (byRe = new Map()));
  let m = byRe.get(re);
  if (!m) byRe.set(re, (m = { windows: new Map(), scanned: 0, windowCount: 0 }));
  return m;
}

/** Matches of `re` (global) in text[from, to) (the characters on either side are seen by the boundaries). */
function scan(text: string, re: RegExp, from: number, to: number): Mention[] {
  const base = Math.max(0, from - 1);
  const sub = base === 0 && to + 1 >= text.length ? text : text.slice(base, Math.min(text.length, to + 1));
  const out: Mention[] = [];
  re.lastIndex = from - base;
  for (let m = re.exec(sub); m; m = re.exec(sub)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index + base;
    const end = start + m[0].length;
    if (end > to) {
      if (start >= to) break;
      continue;
    }
    out.push({ start, end, text: m[0] });
  }
  return out;
}

/** Every match of `re` (global) in the masked document, computed once per document. */
export function mentions(doc: AnalyzedDocument, re: RegExp): Mention[] {
  const m = memoOf(doc, re);
  if (!m.full) m.full = scan(doc.masked, re, 0, doc.masked.length);
  return m.full;
}

/** Matches of `re` that lie wholly inside [from, to). */
export function mentionsIn(doc: AnalyzedDocument, re: RegExp, from: number, to: number): Mention[] {
  const m = memoOf(doc, re);
  if (!m.full) {
    let byEnd = m.windows.get(from);
    const hit = byEnd?.get(to);
    if (hit) return hit.slice();
    if (m.scanned + (to - from) <= doc.masked.length && m.windowCount < maxWindows(doc)) {
      m.scanned += Math.max(0, to - from);
      m.windowCount++;
      const found = scan(doc.masked, re, from, to);
      if (!byEnd) m.windows.set(from, (byEnd = new Map()));
      byEnd.set(to, found);
      return found.slice();
    }
  }
  return within(mentions(doc, re), from, to);
}

/** The mentions of a list sorted by start that lie wholly inside [from, to). */
function within(list: readonly Mention[], from: number, to: number): Mention[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < list.length && list[i].start < to; i++) if (list[i].end <= to) out.push(list[i]);
  return out;
}

/** Matches of `re` inside any of the ranges. */
export function mentionsInRanges(doc: AnalyzedDocument, re: RegExp, ranges: readonly Span[]): Mention[] {
  return ranges.flatMap((r) => mentionsIn(doc, re, r.start, r.end));
}

/** Whether `re` matches inside [from, to). */
export function hasIn(doc: AnalyzedDocument, re: RegExp, from: number, to: number): boolean {
  return mentionsIn(doc, re, from, to).length > 0;
}

// =============================================================================================
// Units and spans.

export interface SocialUnit extends Span {
  clause: Clause;
  sentence: Sentence;
  /** The lead-in that introduces this list item or ';'-item ("The following belong to the Company:"), if any. */
  lead?: Span;
  /** Where concepts are searched: the lead (if any), then the unit. */
  ranges: Span[];
  /** The unit starts its sentence (a replacement then starts with a capital). */
  sentenceStart: boolean;
}

const unitMemo = new WeakMap<AnalyzedDocument, SocialUnit[]>();
const LEADING_ENUMERATOR = /^(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+|\d{1,3}(?:\.\d{1,3})+\.?\s+|[-–•*]\s+)/iu;

/**
 * The units of a document: every sentence split at ';', with the lead-in of list items and of
 * ';'-items after a colon. Ranges are trimmed of white space, leading enumerators ("(a) ") and
 * trailing punctuation (. ; : ,), so a fix that replaces a unit keeps the sentence's full stop.
 */
export function socialUnits(doc: AnalyzedDocument): SocialUnit[] {
  const cached = unitMemo.get(doc);
  if (cached) return cached;
  const out: SocialUnit[] = [];
  const { masked } = doc;
  for (const clause of doc.clauses) {
    let listLead: Span | undefined;
    let si = 0; // sentences and blocks are both in document order
    for (const block of clause.blocks) {
      if (block.kind === 'heading') continue;
      if (block.kind !== 'listItem') listLead = undefined;
      while (si < clause.sentences.length && clause.sentences[si].start < block.start) si++;
      const sentences: Sentence[] = [];
      while (si < clause.sentences.length && clause.sentences[si].start < block.end) sentences.push(clause.sentences[si++]);
      let lastLead: Span | undefined;
      for (const sentence of sentences) {
        let colonLead: Span | undefined;
        let from = sentence.start;
        const text = sentence.text;
        const parts: Span[] = [];
        for (let i = text.indexOf(';'); ; i = text.indexOf(';', i + 1)) {
          const cut = i < 0 ? text.length : i;
          parts.push({ start: from, end: sentence.start + cut });
          from = sentence.start + cut + 1;
          if (i < 0) break;
        }
        parts.forEach((p, idx) => {
          const r = trimUnit(masked, p.start, p.end);
          if (r.end <= r.start) return;
          const lead = colonLead ?? (block.kind === 'listItem' ? listLead : undefined);
          out.push({
            ...r,
            clause,
            sentence,
            lead,
            ranges: lead ? [lead, r] : [r],
            sentenceStart: idx === 0,
          });
          const local = masked.slice(p.start, p.end).lastIndexOf(':');
          const colon = local < 0 ? -1 : p.start + local;
          if (colon >= p.start && !/\d/u.test(masked[colon + 1] ?? '') && colonLead === undefined) {
            colonLead = trimUnit(masked, sentence.start, colon);
          }
        });
        if (/:\s*$/u.test(text)) lastLead = trimUnit(masked, sentence.start, sentence.end);
        else lastLead = undefined;
      }
      if (lastLead) listLead = lastLead;
    }
  }
  unitMemo.set(doc, out);
  return out;
}

function trimUnit(masked: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(masked[start])) start++;
  const en = LEADING_ENUMERATOR.exec(masked.slice(start, Math.min(end, start + 8)));
  if (en) start += en[0].length;
  while (end > start && /[\s.;:,!?]/u.test(masked[end - 1])) end--;
  return { start, end };
}

/** The span of a unit around [from, to): cut at ';' (already), contrastive connectives and the unit's edges. */
export function spanAround(doc: AnalyzedDocument, range: Span, from: number, to: number): Span {
  let start = range.start;
  let end = range.end;
  for (const c of mentionsIn(doc, CONTRAST, range.start, range.end).slice(0, MAX_PER_UNIT)) {
    if (c.end <= from) start = Math.max(start, c.end);
    else if (c.start >= to) {
      end = Math.min(end, c.start);
      break;
    }
  }
  return { start, end };
}

/** The range of the unit (lead or body) that contains `pos`. */
export function rangeOf(unit: SocialUnit, pos: number): Span {
  return unit.ranges.find((r) => r.start <= pos && pos < r.end) ?? unit;
}

// =============================================================================================
// Context: is this clause (or document) about social media?

const clauseMemo = new WeakMap<Clause, { title: boolean; body: boolean }>();

const docMemo = new WeakMap<readonly Block[], boolean>();

/** The document's title (its first heading, or a short first line) is about social media: a social-media policy. */
export function isSocialMediaDocument(doc: AnalyzedDocument): boolean {
  let v = docMemo.get(doc.blocks);
  if (v === undefined) {
    const first = doc.blocks.find((b) => b.kind === 'heading' || b.kind === 'paragraph' || b.kind === 'listItem');
    v = false;
    if (first && doc.masked.slice(0, first.start).trim().length <= 400) {
      const title = doc.masked.slice(first.start, first.end).trim();
      const short = first.kind === 'heading' || (title.split(/\s+/u).length <= 10 && !/[.;!?]$/u.test(title));
      v = short && hasIn(doc, SOCIAL_TITLE, first.start, Math.min(first.end, first.start + 300));
    }
    docMemo.set(doc.blocks, v);
  }
  return v;
}

function docTitleSocial(doc: AnalyzedDocument): boolean {
  return isSocialMediaDocument(doc);
}

/**
 * Kept per clause object, which the incremental path reuses between lints of an edited document: what
 * is kept depends on the clause alone; the document's title is asked for on every call.
 */
function clauseContext(doc: AnalyzedDocument, clause: Clause): { title: boolean; body: boolean } {
  let c = clauseMemo.get(clause);
  if (!c) {
    const re = new RegExp(SOCIAL_TITLE.source, 'iu');
    const title =
      (clause.heading !== undefined && hasIn(doc, SOCIAL_TITLE, clause.heading.start, clause.heading.end)) || clause.parents.some((p) => re.test(p));
    clauseMemo.set(clause, (c = { title, body: hasIn(doc, SOCIAL_PLATFORM, clause.start, clause.end) }));
  }
  const title = c.title || docTitleSocial(doc);
  return { title, body: title || c.body };
}

/** The clause's title, a parent title or the document title is about social media / networks / profiles. */
export function isSocialTitled(doc: AnalyzedDocument, clause: Clause): boolean {
  return clauseContext(doc, clause).title;
}

/** The clause is about social media: by title, or a platform is named anywhere in it. */
export function isSocialClause(doc: AnalyzedDocument, clause: Clause): boolean {
  return clauseContext(doc, clause).body;
}

/** A platform is named in the unit (or its lead). */
export function unitNamesPlatform(doc: AnalyzedDocument, unit: SocialUnit): boolean {
  let v = platformMemo.get(unit);
  if (v === undefined) platformMemo.set(unit, (v = unit.ranges.some((r) => hasIn(doc, SOCIAL_PLATFORM, r.start, r.end))));
  return v;
}

const platformMemo = new WeakMap<SocialUnit, boolean>();

// =============================================================================================
// Subjects: profile, account, connections, followers, network, contacts.

export type SubjectKind = 'profile' | 'account' | 'connections' | 'followers' | 'network' | 'contacts' | 'company-thing';

/** Whose the phrase says the thing is. */
export type SubjectOwner = 'personal' | 'company' | 'plain';

/**
 * How the phrase relates to its verb: the thing itself, the audience ("with his network"), a place
 * ("on LinkedIn"), or a modifier of an earlier subject ("de volgers van het Instagram-account").
 */
export type SubjectRole = 'object' | 'recipient' | 'place' | 'modifier';

export interface Subject extends Mention {
  kind: SubjectKind;
  owner: SubjectOwner;
  /** The phrase itself names a platform (LinkedIn-profiel, social media account, LinkedIn connections). */
  social: boolean;
  /** A personal adjective (persoonlijk, privé, personal, private, egen) qualifies the phrase. */
  personalAdjective: boolean;
  /** Client / customer / business contacts: the employer's clients as much as the employee's network. */
  business: boolean;
  role: SubjectRole;
}

const SUBJECT_HEADS: Array<[Exclude<SubjectKind, 'company-thing'>, RegExp]> = [
  ['profile', words(['profiel(?:en)?', 'profil(?:en|er|ene)?', 'profiles?'], { prefix: true })],
  ['account', words(['accounts?', 'konto(?:en|er|ene)?'], { prefix: true })],
  ['connections', words(['connecti(?:e|es)', 'connections?', 'forbindelse(?:r|n|ne)?'], { prefix: true })],
  ['followers', words(['followers?', 'volgers?', 'følgere(?:ne)?'], { prefix: true })],
  ['network', words(['networks?', 'netwerk(?:en)?', 'nettverk(?:et|ene)?'], { prefix: true })],
  ['contacts', words([
    'contacts', 'contacten', 'contactpersonen', 'kontakter(?:ne)?', 'kontaktene', 'relaties', 'relations',
    'contactenlijst(?:en)?', 'connectielijst(?:en)?', 'kontaktliste(?:n|r)?', 'contact lists?', 'connections? lists?',
  ], { prefix: true })],
];

const PLATFORM_WORD = /^(?:linkedin|linked|facebook|instagram|twitter|tiktok|xing|youtube|snapchat|whatsapp|inmail|sociale?-?media|socialemedia|social|sosiale|sosialemedier|medier|media|some)$/iu;
const PLATFORM_PREFIX = /(?:linkedin|facebook|instagram|twitter|tiktok|xing|youtube|snapchat|socialmedia|socialemedia|sociale?media|sosialemedie|medie|media|netwerk|nettverks?|kontakt|contact)$/iu;
const PERSONAL_ADJ = /^(?:personal|private|own|persoonlijke?|privé|prive|priv[eé]-?|eigen|personlige?|privat[e]?|egen|eget|egne|individual|individuele?|professional|professionele?|profesjonelle?|professionelle?)$/iu;
const PERSONAL_POSSESSIVE = /^(?:his|her|their|your|zijn|haar|hun|jouw|je|uw|sin|sitt|sine|din|ditt|dine|hans|hennes|deres|employee['’]s|employees['’]|the employee['’]s|werknemers|arbeidstakers|arbeidstakerens|ansattes|medarbeiderens|medewerkers)$/iu;
const PERSONAL_PREFIX = /^(?:priv[eé]?|privat|persoonlijk|personlig|eigen|egen|personal|private)/iu;
const COMPANY_WORD = /^(?:company|company['’]s|corporate|official|officiële|officiel[e]?|offisielle?|employer['’]s|employer|werkgevers|arbeidsgivers|arbeidsgiverens|selskapets|bedriftens|firmaets|virksomhetens|konsernets|our|onze|ons|vår|våre|vårt|recruiter|shared|gedeelde|felles|team|brand|merk|bedrijfs|business|zakelijke?|work|werk|jobb|company-owned|employer-owned|company-paid|employer-paid|employer-run|company-run|e-?mail)$/iu;
const BARE_EMPLOYER = /^(?:company|werkgever|selskapet|arbeidsgiver|arbeidsgiveren|bedriften|employer|firm)$/iu;
const COMPANY_PREFIX = /^(?:bedrijfs?|firma|bedrifts?|selskaps?|werkgevers?|arbeidsgivers?|company|corporate|recruiter|zakelijk|zaken|business|werk|jobb|kantoor|team|afdelings?|merk|brand|admin|beheer|e-?mail|mail|epost|e-?post|systeem|system|it|ict|domein|domene|windows|computer|netwerk(?=wachtwoord)|wifi)/iu;
const BUSINESS_WORD = /^(?:zakelijke?|business|client|customer|klant|kunde|commercial|commerciële|forretnings|trade)$/iu;
const BUSINESS_PREFIX = /^(?:klant|kunde|client|customer|forretnings|zaken|business|handels)/iu;
const PLAIN_PREFIX = /^(?:gebruikers?|bruker|user|leden|lid|member|medlems)$/iu;
const DETERMINER = /^(?:the|a|an|all|any|each|every|some|such|these|those|this|that|de|het|een|alle|elk|elke|ieder|iedere|deze|die|dit|dat|den|det|en|et|ei|enhver|ethvert|hver|hvert|disse|dette|denne|slike|samtlige)$/iu;
const STOP_WORD = /^(?:and|or|en|of|og|eller|as|als|som|is|are|be|worden|wordt|er|blir|skal|shall|must|will|moet|zal|kan|may)$/iu;
const PARTICIPLE = /^(?:ge\p{L}{2,}(?:d|t|en)|\p{L}{3,}(?:de|te|en|ne|et|ed)|made|built|won|gained|done)$/iu;
const RECIPIENT_PREP = /^(?:with|met|med|to|aan|til|among|onder|blant|naar|towards)$/iu;
const PLACE_PREP = /^(?:on|op|in|i|på|from|uit|fra|via|through|at|within|binnen|across|into)$/iu;
const ITS = /^(?:its|dens|dets)$/iu;
/** Longest first part of a compound that is looked at ("privé-LinkedIn-" is 15). */
const MAX_PREFIX = 40;
/** At most this many subjects or relations are paired per unit: keeps adversarial run-on sentences linear. */
export const MAX_PER_UNIT = 200;
/** "een lijst met connecties", "a copy of all contacts", "en oversikt over kontaktene": the list is of the network. */
const LIST_NOUN = /^(?:lijst(?:en)?|overzicht(?:en)?|export|kopie(?:ën)?|bestand(?:en)?|backup|liste(?:n|r)?|oversikt(?:en)?|kopi(?:en)?|fil(?:en)?|eksport(?:en)?|list|lists|copy|copies|overview|file|download|extract|record|navn(?:ene)?|names?|namen|details|gegevens|opplysninger|identity|identities|identiteit|identitet(?:en)?)$/iu;
const EXAMPLE_GAP = /(?:such as|like|including|for example|e\.g\.|zoals|bijvoorbeeld|waaronder|inclusief|slik som|for eksempel|f\.eks\.|herunder|blant annet)\s+(?:(?:the|de|het|den|det|a|an|een|en|et)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const SUBJECT_MODIFIER_GAP = /^\s+(?:van|of|av|from|on|op|in|i|på|bij|til)\s+(?:(?:the|de|het|den|det|its|his|her|their|zijn|haar|hun|sin|sitt|sine|hans|hennes|deres|your|jouw|je|din|ditt|dine|a|an|een|en|et|ei)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const RIGHTS_NOUN = /^(?:rights?|title|interest|ownership|control|access|claims?|rechten|recht|rechthebbende|eigenaar|aanspraak|eigendom|zeggenschap|beheer|toegang|beschikking|krav(?:et)?|rettighet(?:er|ene)?|eierskap(?:et)?|kontroll(?:en)?|tilgang(?:en)?|råderett(?:en)?)$/iu;

const POST_COMPANY = re(
  `^\\s+(?:of|van|from|av|belonging to)\\s+(?:the\\s+|de\\s+|het\\s+|its\\s+|our\\s+|onze\\s+|that\\s+|this\\s+|die\\s+|deze\\s+|dat\\s+|den\\s+|denne\\s+)?(?:${EMPLOYER_ACTOR.source}|${COMPANY_OWNED.source})`,
  'iu',
);
const POST_PERSONAL = re(`^\\s+(?:of|van|from|av|til|belonging to)\\s+(?:the\\s+|de\\s+)?(?:${EMPLOYEE_OWNER.source})`, 'iu');
/** After a subject: made or paid for in the employer's name, run by it, or kept in its CRM. */
export const COMPANY_CREATED = words([
  'in (?:the )?name of (?:the )?(?:company|employer)', 'op (?:de )?naam van (?:de )?(?:werkgever|onderneming|vennootschap)',
  'i (?:selskapets|arbeidsgiverens|bedriftens|virksomhetens) navn',
  // any organisation's name, but not the employee's
  'in (?:the )?(?!employee|worker|your|his|her|their)\\p{L}+[\'’]s? name', 'in the name of (?!the employee|the worker|you)\\p{Lu}\\p{L}+',
  'op (?:de )?naam van (?!(?:de )?werknemer|(?:de )?medewerker|hem|haar|zichzelf)(?:de |het )?\\p{L}+',
  'i (?!arbeidstaker|medarbeider|ansatt|den ansatt)\\p{L}{3,}(?:ets|ens) navn', 'on behalf of (?:the )?(?:company|employer)', 'namens (?:de )?werkgever',
  'på vegne av (?:selskapet|arbeidsgiver(?:en)?|bedriften)',
  '(?:created|opened|registered|set up|paid for|paid|funded|purchased|licensed|managed|run|operated|administered|owned|provided|issued) by (?:the )?(?:company|employer|us)',
  '(?:aangemaakt|geopend|geregistreerd|betaald|gefinancierd|beheerd|aangeschaft|verstrekt|ter beschikking gesteld|uitgegeven) door (?:de )?werkgever',
  'door (?:de )?werkgever[^.;:]{0,30}?\\s(?:aangemaakt|geopend|betaald|beheerd|aangeschaft|verstrekt|gefinancierd)',
  '(?:die|dat) (?:de )?werkgever[^.;:]{0,30}?\\s(?:aanmaakt|betaalt|beheert|opent|aanschaft|verstrekt|heeft aangemaakt|heeft geopend)',
  '(?:opprettet|registrert|betalt|finansiert|administrert|driftet|eid|levert|utstedt) av (?:selskapet|arbeidsgiver(?:en)?|bedriften|virksomheten)',
  'som (?:selskapet|arbeidsgiver(?:en)?|bedriften)[^.;:]{0,30}?\\s(?:oppretter|opprettet|betaler|administrerer|eier|har opprettet)',
  '(?:which|that) (?:the company|the employer|we)[^.;:]{0,30}?\\s(?:creates?|created|pays? for|paid for|manages?|runs?|owns?|opens?|opened|operates?)',
  'in (?:the |het |de )?crm', 'i crm(?:-systemet)?', 'in the customer database', 'in het klantsysteem', 'i kundesystemet',
  '(?:for|of|to|van|voor|til|på) (?:the )?(?:company|company[\'’]s) (?:systems?|it|network|equipment|devices?)',
]);

/**
 * Profiles, accounts, connections, followers, networks and contacts in [from, to), plus company-owned
 * things (company pages, Recruiter seats, CRM) as `company-thing`, each classified by its compound
 * prefix (LinkedIn-profiel, bedrijfsaccount), the words before it in its noun phrase (the Employee's,
 * persoonlijke, Selskapets, its) and the words after it (van werkgever, in the name of the Company).
 * `limit` bounds the post-modifier search (e.g. the start of the relation). Job profiles, bank
 * accounts and other compounds with an unknown first part are left out.
 */
export function findSubjects(doc: AnalyzedDocument, from: number, to: number): Subject[] {
  let byRange = subjectMemo.get(doc);
  if (!byRange) subjectMemo.set(doc, (byRange = new Map()));
  const key = `${from}:${to}`;
  let found = byRange.get(key);
  if (!found) byRange.set(key, (found = computeSubjects(doc, from, to)));
  return found;
}

const subjectMemo = new WeakMap<AnalyzedDocument, Map<string, Subject[]>>();

function computeSubjects(doc: AnalyzedDocument, from: number, to: number): Subject[] {
  const { masked } = doc;
  const out: Subject[] = [];
  for (const [kind, re] of SUBJECT_HEADS) {
    for (const m of mentionsIn(doc, re, from, to).slice(0, MAX_PER_UNIT)) {
      const s = classify(masked, kind, m, from, to);
      if (s) out.push(s);
    }
  }
  for (const m of mentionsIn(doc, COMPANY_OWNED, from, to).slice(0, MAX_PER_UNIT)) {
    out.push({ ...m, kind: 'company-thing', owner: 'company', social: false, personalAdjective: false, business: false, role: 'object' });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // drop phrases inside a longer one ("company accounts" holds "accounts"; a company thing wins a tie)
  const kept: SubjectInternal[] = [];
  for (const s of out as SubjectInternal[]) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) {
      if (s.end - s.start > last.end - last.start) kept[kept.length - 1] = s;
      else if (s.end - s.start === last.end - last.start && s.kind === 'company-thing' && last.owner === 'company') kept[kept.length - 1] = s;
      continue;
    }
    kept.push(s);
  }
  for (let i = 0; i < kept.length; i++) {
    const s = kept[i];
    const prev = i > 0 ? kept[i - 1] : undefined;
    // "de volgers van het Instagram-account", "connections of their profile": the second only modifies the first
    if (prev && s.role === 'object' && s.kind !== 'company-thing' && prev.kind !== 'company-thing' && SUBJECT_MODIFIER_GAP.test(masked.slice(prev.end, s.start))) {
      s.role = 'modifier';
    }
    // "accounts in the Company's name, such as the Kestrel Instagram account": an example shares its owner
    if (prev && prev.owner === 'company' && s.owner !== 'personal' && EXAMPLE_GAP.test(masked.slice(Math.max(prev.end, s.start - 60), s.start))) {
      s.owner = 'company';
    }
    // "the Kestrel Instagram account": the employer's own name before the head
    if (s.owner === 'plain' && s.kind !== 'company-thing') {
      const near = mentionsBefore(namesIn(doc, Math.max(0, s.start - 25 - MAX_NAME), s.start), s.start, 25);
      if (near.some((n) => /^\s+(?:(?:linkedin|facebook|instagram|twitter|tiktok|youtube|x|social|media|sociale|sosiale|medier)\s+)*$/iu.test(masked.slice(n.end, s.start)))) {
        s.owner = 'company';
      }
    }
    // "its", "daarvan": the nearest earlier subject, else the company
    if (s.owner === 'plain' && s.its) s.owner = prev ? prev.owner : 'company';
  }
  return kept;
}

/** Sorted mentions that end in [pos - maxGap, pos]. */
function mentionsBefore(list: readonly Mention[], pos: number, maxGap: number): Mention[] {
  const out: Mention[] = [];
  for (const m of list) {
    if (m.start > pos) break;
    if (m.end <= pos && pos - m.end <= maxGap) out.push(m);
  }
  return out;
}

interface SubjectInternal extends Subject {
  its?: boolean;
}

/** What the first part of a compound says: LinkedIn-profiel (social), privé-account (personal), bedrijfsaccount (company). */
export type CompoundClass = 'none' | 'social' | 'personal' | 'company' | 'business' | 'plain' | 'other';

const CREDENTIAL_COMPANY_PREFIX = /(?:bedrijfs?|firma|bedrifts?|selskaps?|werkgevers?|arbeidsgivers?|company|corporate|recruiter|zakelijk|zaken|business|werk|jobb|kantoor|team|afdelings?|admin|beheer|e-?mail|mail|epost|e-?post|systeem|system|it|ict|domein|domene|windows|computer|pc|netwerk|nettverks?|network|wifi|vpn|crm|intranet|laptop|telefoon|mobil)$/iu;

/**
 * Classifies the compound in which a head (profiel, account, wachtwoord, passord ...) starting at
 * `headStart` stands: 'none' when the head is a word of its own, 'other' when the first part is
 * unknown (functieprofiel, bankkonto). For credentials (`credentials` true) a network, e-mail or system
 * prefix is the employer's (netwerkwachtwoord, e-postpassord).
 */
export function classifyCompound(masked: string, headStart: number, from = 0, credentials = true): CompoundClass {
  let ts = headStart;
  const floor = Math.max(from, headStart - MAX_PREFIX);
  while (ts > floor && /[\p{L}\p{N}'’-]/u.test(masked[ts - 1])) ts--;
  if (ts === floor && ts > from && /[\p{L}\p{N}'’-]/u.test(masked[ts - 1])) return 'other';
  const prefix = masked.slice(ts, headStart).toLowerCase().replace(/[-'’]/gu, '');
  if (!prefix) return 'none';
  if (/linkedin|facebook|instagram|twitter|tiktok|xing|sosialemedi|socialemedia|socialmedia|sociale?media/iu.test(prefix)) {
    return PERSONAL_PREFIX.test(prefix) ? 'personal' : 'social';
  }
  if (PERSONAL_PREFIX.test(prefix)) return 'personal';
  if (credentials && CREDENTIAL_COMPANY_PREFIX.test(prefix)) return 'company';
  if (!credentials && PLATFORM_PREFIX.test(prefix)) return 'social';
  if (BUSINESS_PREFIX.test(prefix)) return 'business';
  if (COMPANY_PREFIX.test(prefix)) return 'company';
  if (PLAIN_PREFIX.test(prefix) || /^(?:gebruikers?|bruker|user|login|inlog|toegangs?|tilgangs?|pålogging|innlogging)$/iu.test(prefix)) return 'plain';
  return 'other';
}

function classify(masked: string, kind: Exclude<SubjectKind, 'company-thing'>, m: Mention, from: number, to: number): Subject | undefined {
  // expand to the whole compound
  let ts = m.start;
  const floor = Math.max(from, m.start - MAX_PREFIX);
  while (ts > floor && /[\p{L}\p{N}'’-]/u.test(masked[ts - 1])) ts--;
  if (ts === floor && ts > from && /[\p{L}\p{N}'’-]/u.test(masked[ts - 1])) return undefined; // an absurdly long compound
  const prefix = masked.slice(ts, m.start).toLowerCase().replace(/[-'’]/gu, '');
  const s: SubjectInternal = {
    start: ts,
    end: m.end,
    text: masked.slice(ts, m.end),
    kind,
    owner: 'plain',
    social: false,
    personalAdjective: false,
    business: false,
    role: 'object',
  };
  if (prefix) {
    if (PLATFORM_PREFIX.test(prefix) || /linkedin|facebook|instagram|twitter|tiktok|sosialemedi|socialemedia|socialmedia/iu.test(prefix)) {
      s.social = true;
      if (PERSONAL_PREFIX.test(prefix)) s.personalAdjective = true;
      if (/^(?:bedrijfs|bedrifts|selskaps|company|corporate|recruiter)/iu.test(prefix)) s.owner = 'company';
    } else if (PERSONAL_PREFIX.test(prefix)) {
      s.personalAdjective = true;
      s.owner = 'personal';
    } else if (BUSINESS_PREFIX.test(prefix) && kind !== 'profile' && kind !== 'account') {
      s.business = true;
    } else if (COMPANY_PREFIX.test(prefix)) {
      s.owner = 'company';
    } else if (!PLAIN_PREFIX.test(prefix)) {
      return undefined; // functieprofiel, bankkonto, computernetwerk, opvolger ...
    }
  }
  const before = masked.slice(Math.max(from, ts - 48), ts);
  const after = masked.slice(m.end, Math.min(to, m.end + 90));
  const allTokens = before.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  const prevTok = allTokens[allTokens.length - 1]?.toLowerCase();
  // idioms: "in connection with", "i forbindelse med", "take into account", "on account of"
  if (kind === 'connections' && !prefix) {
    if (prevTok === 'in' || prevTok === 'i') return undefined;
    if (/(?:^|\s)(?:in|i) (?:this|that|den|denne|dette)\s*$/iu.test(before)) return undefined;
  }
  if (kind === 'account' && !prefix) {
    if (prevTok === 'into' || (prevTok === 'on' && /^\s*of(?![\p{L}])/iu.test(after))) return undefined;
  }
  // pre-modifiers: walk back through the noun phrase (stopping at punctuation)
  const punct = Math.max(...[',', ';', ':', '.', '(', ')', '[', ']', '"', '“', '”'].map((c) => before.lastIndexOf(c)));
  const np = punct >= 0 ? before.slice(punct + 1) : before;
  const tokens = np.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  let npStart = -1;
  let complement = false; // inside a participle's complement: "alle [via het werk] verkregen connecties"
  for (let i = tokens.length - 1, steps = 0; i >= 0 && steps < 7; i--, steps++) {
    const tok = tokens[i];
    if (complement) {
      if (isPlatformToken(tok)) s.social = true;
      else if (DETERMINER.test(tok) || PERSONAL_POSSESSIVE.test(tok)) {
        if (PERSONAL_POSSESSIVE.test(tok) && s.owner === 'plain') s.owner = 'personal';
        if (!/^(?:het|de|the|den|det)$/iu.test(tok) || !tokens[i - 1] || !PLACE_PREP.test(tokens[i - 1])) {
          npStart = i;
          break;
        }
      } else if (STOP_WORD.test(tok)) break;
      continue;
    }
    if (RECIPIENT_PREP.test(tok)) {
      s.role = thingNounBefore(tokens, i - 1) ? 'object' : 'recipient';
      break;
    }
    if (PLACE_PREP.test(tok)) {
      // "alle via LinkedIn opgebouwde contacten": a participle phrase, not the head's place
      if (i + 2 < tokens.length && isPlatformToken(tokens[i + 1])) continue;
      s.role = thingNounBefore(tokens, i - 1) ? 'object' : 'place';
      break;
    }
    if (STOP_WORD.test(tok)) break;
    if (isPlatformToken(tok)) {
      s.social = true;
      continue;
    }
    if (PERSONAL_ADJ.test(tok)) {
      s.personalAdjective = true;
      s.owner = 'personal';
      continue;
    }
    if (PERSONAL_POSSESSIVE.test(tok)) {
      if (s.owner === 'plain') s.owner = 'personal';
      npStart = i;
      break;
    }
    if (ITS.test(tok)) {
      if (s.owner === 'plain') s.its = true;
      npStart = i;
      break;
    }
    if (BUSINESS_WORD.test(tok) && kind !== 'profile' && kind !== 'account') {
      s.business = true;
      continue;
    }
    if (COMPANY_WORD.test(tok) || /^(?:company|employer|werkgever|bedrijf|selskap|arbeidsgiver)-/iu.test(tok)) {
      if (!s.personalAdjective) s.owner = 'company';
      if (/['’]s$/u.test(tok) || /^(?:selskapets|bedriftens|firmaets|virksomhetens|konsernets|arbeidsgiverens|arbeidsgivers|werkgevers|our|onze|ons|vår|våre|vårt)$/iu.test(tok)) {
        npStart = i;
        break;
      }
      continue;
    }
    if (BARE_EMPLOYER.test(tok)) {
      // "the Company LinkedIn account": only directly before the head (or before platform words)
      if (tokens.slice(i + 1).every(isPlatformToken) && !s.personalAdjective) s.owner = 'company';
      npStart = i;
      break;
    }
    if (DETERMINER.test(tok)) {
      npStart = i;
      break;
    }
    if (/^(?:no|geen|ingen|neither|none|niet|not|ikke)$/iu.test(tok)) break;
    if (PARTICIPLE.test(tok)) complement = true;
  }
  if (npStart > 0) {
    const prev = tokens[npStart - 1];
    if (RECIPIENT_PREP.test(prev)) s.role = 'recipient';
    else if (PLACE_PREP.test(prev)) s.role = 'place';
    // "all rights in their accounts", "zeggenschap over", "rettighetene til": the thing itself
    if (s.role !== 'object' && thingNounBefore(tokens, npStart - 2)) s.role = 'object';
  }
  // post-modifiers
  if (POST_COMPANY.test(after) && s.owner !== 'personal') s.owner = 'company';
  else if (POST_PERSONAL.test(after) && s.owner === 'plain') s.owner = 'personal';
  const stop = after.search(/[;:.]|,\s*(?:and|en|og|or|of|eller)(?![\p{L}])/u);
  const tail = stop >= 0 ? after.slice(0, stop) : after;
  COMPANY_CREATED.lastIndex = 0;
  const created = COMPANY_CREATED.exec(tail);
  if (created && created.index < 60 && s.owner !== 'personal') s.owner = 'company';
  // "de volgers daarvan", "the followers thereof": whose, as "its"
  if (/^\s+(?:daarvan|hiervan|thereof|derav|of it|of that page|av (?:den|denne|siden))(?![\p{L}])/iu.test(after) && s.owner === 'plain') s.its = true;
  if (!s.social && POST_PLATFORM.test(tail.slice(0, 50))) s.social = true;
  return s;
}

/** A rights or list noun at tokens[idx] (skipping one separable particle: "een lijst aan met"). */
function thingNounBefore(tokens: string[], idx: number): boolean {
  if (idx < 0) return false;
  const isThing = (t: string | undefined) => t !== undefined && (RIGHTS_NOUN.test(t) || LIST_NOUN.test(t));
  if (isThing(tokens[idx])) return true;
  return /^(?:aan|op|in|af|mee|door|uit|over|ned|opp|ut|inn|up|over)$/iu.test(tokens[idx]) && isThing(tokens[idx - 1]);
}

function isPlatformToken(tok: string): boolean {
  return PLATFORM_WORD.test(tok) || /^(?:linkedin|facebook|instagram|twitter|tiktok)/iu.test(tok);
}

const POST_PLATFORM = /^\s*(?:on|op|via|in|i|på|from|van|uit|fra|through|across)\s+(?:\p{L}+\s+){0,2}?(?:linkedin|facebook|instagram|twitter|tiktok|xing|sociale media|social media|sosiale medier|social networking|professional networking)/iu;

/**
 * Whether a subject is a personal social-media thing the rules should care about: not the
 * employer's, not a mere audience or place, and social enough in context. Connections and followers
 * are social by themselves; a plain profile, account or network needs a platform in the unit, a
 * social clause, or a second kind of subject beside it ("Profilen og nettverket"); contacts and
 * client relations need a platform in the unit or a social-media title above them.
 */
export function isPersonalSocial(doc: AnalyzedDocument, unit: SocialUnit, s: Subject, all: readonly Subject[]): boolean {
  if (s.owner === 'company' || s.kind === 'company-thing' || s.role !== 'object') return false;
  const platformInUnit = unitNamesPlatform(doc, unit);
  if (s.kind === 'contacts' || s.business) {
    return s.social || platformInUnit || isSocialTitled(doc, unit.clause);
  }
  if (s.social) return true;
  if (s.kind === 'connections' || s.kind === 'followers') return true;
  if ((s.kind === 'profile' || s.kind === 'account') && s.personalAdjective) return true;
  if (s.kind === 'network' && (s.personalAdjective || s.owner === 'personal')) return true;
  if (platformInUnit || isSocialClause(doc, unit.clause)) return true;
  let kinds = kindsMemo.get(all);
  if (!kinds) {
    kinds = new Set(all.filter((o) => o.kind !== 'company-thing' && o.owner !== 'company' && o.role === 'object').map((o) => o.kind));
    kindsMemo.set(all, kinds);
  }
  return [...kinds].some((k) => k !== s.kind);
}

const kindsMemo = new WeakMap<readonly Subject[], Set<SubjectKind>>();

/** The subjects of a unit, in order (lead first). */
export function unitSubjects(doc: AnalyzedDocument, unit: SocialUnit): Subject[] {
  let list = unitSubjectMemo.get(unit);
  if (!list) unitSubjectMemo.set(unit, (list = unit.ranges.flatMap((r) => findSubjects(doc, r.start, r.end))));
  return list;
}

const unitSubjectMemo = new WeakMap<SocialUnit, Subject[]>();

// =============================================================================================
// Owner, negation.

export type OwnerParty = 'employer' | 'employee' | 'store';

/**
 * Whom a relation at [rel.start, rel.end) points at: the first employer or employee phrase after it
 * (within `window` characters and the span), else the nearest one before it. 'store' when the first
 * thing after it is a data store (the CRM). undefined when none is named. A possessive that
 * determines one of `subjects` ("owns the Employee's profile") is not an owner.
 */
export function ownerOf(
  doc: AnalyzedDocument,
  rel: Span,
  span: Span,
  subjects: readonly Subject[] = [],
  window = 45,
  subjectAfter?: Span,
  mode: 'ownership' | 'transfer' = 'ownership',
): { party: OwnerParty; at: Span } | undefined {
  const { masked } = doc;
  const determinesSubject = (m: Span) =>
    subjects.some((s) => {
      if (!(m.start >= rel.end || s.end <= rel.start) || s.start < m.end || s.start - m.end > 30) return false;
      const between = masked.slice(m.end, s.start);
      if (!/^[\p{L}\s'’-]*$/u.test(between)) return false;
      const toks = between.split(/\s+/u).filter(Boolean);
      return toks.length <= 2 && !toks.some((t) => NOT_A_MODIFIER.test(t));
    });
  const possessiveBeforeNoun = (m: Span) =>
    /^(?:his|her|their|your|zijn|haar|hun|jouw|je|uw|sin|sitt|sine|din|ditt|dine|hans|hennes|deres|our|onze|vår|våre|vårt)$/iu.test(masked.slice(m.start, m.end)) &&
    /^\s+\p{L}/u.test(masked.slice(m.end, m.end + 3));
  const modifiesSubject = (m: Span) =>
    subjects.some((s) => s.end <= m.start && /^\s+(?:van|of|av|til|from|belonging to)\s+(?:the\s+|de\s+|het\s+|den\s+)?$/iu.test(masked.slice(s.end, m.start)));
  // "Werkgever wordt eigenaar van alle connecties die werknemer legt": past the subject is another clause
  // a transfer's target follows the thing transferred ("draagt zijn account over aan werkgever"); its actor before it is the giver
  const afterEnd =
    mode === 'transfer'
      ? Math.min(span.end, rel.end + 2 * window)
      : Math.min(span.end, rel.end + window, subjectAfter && subjectAfter.start >= rel.end ? subjectAfter.start : Infinity);
  // in a transfer, an employee named after the verb is its (inverted) actor unless a preposition makes him the recipient
  const employeeTarget = (m: Span) => mode !== 'transfer' || TO_PREP.test(masked.slice(Math.max(0, m.start - 12), m.start));
  const cands: Array<{ party: OwnerParty; m: Mention }> = [
    ...mentionsIn(doc, EMPLOYER_ACTOR, rel.end, afterEnd).map((m) => ({ party: 'employer' as const, m })),
    ...namesIn(doc, rel.end, afterEnd).map((m) => ({ party: 'employer' as const, m })),
    ...mentionsIn(doc, EMPLOYEE_OWNER, rel.end, afterEnd).filter(employeeTarget).map((m) => ({ party: 'employee' as const, m })),
    ...mentionsIn(doc, DATA_STORE, rel.end, afterEnd).map((m) => ({ party: 'store' as const, m })),
  ].filter((c) => c.party === 'store' || (!determinesSubject(c.m) && !modifiesSubject(c.m) && !possessiveBeforeNoun(c.m) && !isInside(doc, c.m, COMPANY_OWNED)));
  cands.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  if (cands.length) return { party: cands[0].party, at: cands[0].m };
  if (mode === 'transfer') return undefined;
  const beforeStart = Math.max(span.start, rel.start - window);
  const back: Array<{ party: OwnerParty; m: Mention }> = [
    ...mentionsIn(doc, EMPLOYER_ACTOR, beforeStart, rel.start).map((m) => ({ party: 'employer' as const, m })),
    ...namesIn(doc, beforeStart, rel.start).map((m) => ({ party: 'employer' as const, m })),
    ...mentionsIn(doc, EMPLOYEE_OWNER, beforeStart, rel.start).map((m) => ({ party: 'employee' as const, m })),
  ].filter((c) => !determinesSubject(c.m) && !isInside(doc, c.m, COMPANY_OWNED));
  back.sort((a, b) => b.m.end - a.m.end);
  return back.length ? { party: back[0].party, at: back[0].m } : undefined;
}

const TO_PREP = /(?:^|\s)(?:aan|to|til|naar|for|voor|with|met|med)\s+(?:(?:de|the|den|het)\s+)?$/iu;

const NOT_A_MODIFIER = /^(?:with|of|van|met|med|av|to|aan|til|for|voor|and|en|og|or|of|eller|a|an|the|een|de|het|den|det|all|alle|any|enhver|is|are|be|zijn|er|wordt|worden|blir|skal|shall|must|will|moet|zal|dient)$/iu;

/** Keyed by the block list, which a clause-scoped view of the document shares with the document. */
const nameMemo = new WeakMap<readonly Block[], readonly string[]>();

const DEFINED_EMPLOYER = re(/(\p{Lu}[\p{L}\p{N}&'’.-]{0,30}(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}|&|en|og|and|de|van|der|den|het|of)){0,6}?)[,]?\s{0,3}\(?\s{0,3}(?:[Hh]ierna(?: te noemen)?|[Hh]ereinafter(?: called| referred to as)?|[Hh]ereafter|[Hh]eretter(?: kalt)?|[Tt]he|[Hh]et|[Dd]e)?[:\s]{0,3}["“'‘]{0,2}\s{0,2}(?:[Dd]e\s+)?(?:[Ww]erkgever|[Cc]ompany|[Ee]mployer|[Ss]elskapet|[Aa]rbeidsgiver(?:en)?|[Bb]edriften|[Ff]irm)["”'’]/gu);
const TITLE_NAME = re(/(?:handbook|policy|beleid|handboek|reglement|protocol|håndbok|retningslinjer|instruks)(?:\s+(?:for|of|van|voor|fra|til))?\s{0,3}[–—:-]?\s{0,3}(\p{Lu}[\p{L}\p{N}&'’.-]{0,30}(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]{0,30}|&|en|og|and)){0,6})/iu);

/**
 * The employer's own name as the document defines it ("Harbour Analytics Ltd (the "Company")", title
 * "Personeelshandboek Van Dijk"), with its short forms: read from the first 4,000 characters and the
 * first block only, so it is a document-level fact the incremental path can key on.
 */
export function employerNameList(doc: AnalyzedDocument): readonly string[] {
  let cached = nameMemo.get(doc.blocks);
  if (cached) return cached;
  const names = new Set<string>();
  const head = doc.masked.slice(0, 4000);
  DEFINED_EMPLOYER.lastIndex = 0;
  for (let m = DEFINED_EMPLOYER.exec(head); m; m = DEFINED_EMPLOYER.exec(head)) {
    const n = m[1].trim().replace(/^(?:(?:between|tussen|mellom|this|dit|denne|partijen|parties|and|en|og)\s+)+/iu, '');
    if (n.length >= 3 && !/^(?:the|de|het|partijen|parties|mellom|between)$/iu.test(n)) names.add(n);
  }
  const first = doc.blocks.find((b) => b.kind === 'heading' || b.kind === 'paragraph');
  if (first) {
    const t = TITLE_NAME.exec(doc.masked.slice(first.start, Math.min(first.end, first.start + 200)));
    if (t && t[1].trim().length >= 3) names.add(t[1].trim());
  }
  const all = new Set<string>();
  for (const n of names) {
    all.add(n);
    // "Harbour Analytics Ltd" is also "Harbour Analytics"; "Brightwater Housing Association" also "Brightwater"
    const bare = n.replace(/(?<!\s)\s+(?:b\.?v\.?|n\.?v\.?|as|asa|ltd\.?|limited|plc|llp|inc\.?)$/iu, '');
    all.add(bare);
    const firstWord = bare.split(/\s+/u)[0];
    if (firstWord.length >= 4 && !/^(?:bakkerij|installatiebedrijf|advocatenkantoor|stichting|zorggroep|hotel|the|de|het)$/iu.test(firstWord)) all.add(firstWord);
    else if (bare.split(/\s+/u).length > 1) all.add(bare.split(/\s+/u).slice(1).join(' '));
  }
  cached = [...all].slice(0, 8).filter((n) => n.length >= 3 && n.length <= 80);
  nameMemo.set(doc.blocks, cached);
  return cached;
}

/** One regex per employer name (shared across documents that define the same name). */
const nameRegexes = new Map<string, RegExp>();
function nameRegex(name: string): RegExp {
  let re = nameRegexes.get(name);
  if (!re) {
    if (nameRegexes.size > 256) nameRegexes.clear();
    re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+')}(?:['’]s|s)?(?![\\p{L}\\p{N}])`, 'gu');
    nameRegexes.set(name, re);
  }
  return re;
}

/** Mentions of the employer's name lying wholly inside [from, to), by start. */
function namesIn(doc: AnalyzedDocument, from: number, to: number): Mention[] {
  const names = employerNameList(doc);
  if (!names.length) return [];
  const out = names.flatMap((n) => mentionsIn(doc, nameRegex(n), from, to));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A name is at most 80 characters plus a possessive. */
const MAX_NAME = 90;

function isInside(doc: AnalyzedDocument, m: Span, re: RegExp): boolean {
  return mentionsIn(doc, re, Math.max(0, m.start - 30), m.end + 30).some((x) => x.start <= m.start && m.end <= x.end && (x.end - x.start) > (m.end - m.start));
}

/** A negation word in [from, to), ignoring "no later than", "niet alleen", "ikke bare" and the like. */
export function isNegated(doc: AnalyzedDocument, from: number, to: number): boolean {
  if (to <= from) return false;
  const skips = mentionsIn(doc, NOT_NEGATION, Math.max(0, from - 20), to + 20);
  return mentionsIn(doc, NEGATION, from, to).some((n) => !skips.some((s) => s.start <= n.start && n.end <= s.end));
}

/** Whether a subject directly negated ("no connections", "geen connecties", "ingen forbindelser", "not personal profiles"). */
export function isSubjectNegated(doc: AnalyzedDocument, s: Span, span: Span): boolean {
  return isNegated(doc, Math.max(span.start, s.start - 22), s.start);
}

// =============================================================================================
// Party terms for replacements: the words the document itself uses.

export interface PartyTerms {
  /** "werkgever", "Werkgever", "de werkgever", "arbeidsgiver", "Selskapet", "the Company", "the Employer". */
  employer: string;
  /** Genitive: "van werkgever" (nl uses a phrase), "arbeidsgiverens", "Selskapets", "the Company's". */
  employerOf: string;
  employee: string;
  /** nl "van werknemer", no "arbeidstakerens", en "the Employee's". */
  employeeOf: string;
}

const TERM_CANDIDATES: Record<Lang, { employer: string[]; employee: string[] }> = {
  nl: { employer: ['werkgever', 'Werkgever', 'de werkgever', 'de Werkgever'], employee: ['werknemer', 'Werknemer', 'de werknemer', 'de Werknemer', 'medewerker', 'de medewerker'] },
  no: {
    employer: ['arbeidsgiver', 'Arbeidsgiver', 'arbeidsgiveren', 'Arbeidsgiveren', 'Selskapet', 'selskapet', 'Bedriften', 'bedriften', 'virksomheten'],
    employee: ['arbeidstaker', 'Arbeidstaker', 'arbeidstakeren', 'Arbeidstakeren', 'den ansatte', 'Den ansatte', 'medarbeideren'],
  },
  en: { employer: ['the Company', 'the Employer', 'the company', 'the employer', 'the Firm'], employee: ['the Employee', 'the employee', 'the Executive', 'the Worker'] },
};

const termMemo = new WeakMap<readonly Block[], PartyTerms>();
const termRegexes = new Map<string, RegExp>();

/** Party terms are counted in the first TERMS_SAMPLE characters: a contract fixes its terms at the top. */
const TERMS_SAMPLE = 30_000;

/** All that partyTerms() reads besides the language (findAllIn searches the sample cut at its end). */
export function partyTermsSample(masked: string): string {
  return masked.slice(0, TERMS_SAMPLE);
}

/** Gives partyTerms() of this document the terms the incremental path kept (read from an equal sample). */
export function rememberPartyTerms(doc: AnalyzedDocument, terms: PartyTerms): void {
  termMemo.set(doc.blocks, terms);
}

/**
 * The employer and employee terms this document uses most in its first 30,000 characters (a
 * document-level fact that costs the same on every relint), for model clauses in fixes.
 */
export function partyTerms(doc: AnalyzedDocument): PartyTerms {
  const cached = termMemo.get(doc.blocks);
  if (cached) return cached;
  const lang = doc.lang;
  const { masked } = doc;
  const to = Math.min(masked.length, TERMS_SAMPLE);
  const pick = (cands: string[]): string => {
    let best = cands[0];
    let bestCount = 0;
    for (const c of cands) {
      const count = countTerm(masked, c, lang, 0, to);
      if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    return best;
  };
  const employer = pick(TERM_CANDIDATES[lang].employer);
  const employee = pick(TERM_CANDIDATES[lang].employee);
  const terms: PartyTerms = {
    employer,
    employee,
    employerOf: lang === 'nl' ? `van ${employer}` : lang === 'no' ? genitiveNo(employer) : `${employer}'s`,
    employeeOf: lang === 'nl' ? `van ${employee}` : lang === 'no' ? genitiveNo(employee) : `${employee}'s`,
  };
  termMemo.set(doc.blocks, terms);
  return terms;
}

/** Uses of a party term wholly inside masked[from, to): case-sensitive, word-bounded, not opening a sentence (nl/no capitals). */
function countTerm(masked: string, term: string, lang: Lang, from: number, to: number): number {
  let re = termRegexes.get(term);
  if (!re) termRegexes.set(term, (re = new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/ /gu, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu')));
  let count = 0;
  for (const m of findAllIn(re, masked, from, to)) {
    if (m.index + m[0].length > to) break;
    const prev = masked.slice(Math.max(0, m.index - 3), m.index);
    if (/^\p{Lu}/u.test(term) && lang !== 'en' && (/[.!?:]\s*$/u.test(prev) || m.index === 0 || /\n\s*$/u.test(prev))) continue;
    count++;
  }
  return count;
}

function genitiveNo(term: string): string {
  // arbeidsgiveren -> arbeidsgiverens, Selskapet -> Selskapets, den ansatte -> den ansattes, arbeidsgiver -> arbeidsgiverens
  return /(?:en|et|e)$/u.test(term) ? `${term}s` : `${term}ens`;
}

/** Capitalises (start of a sentence) or lower-cases the first letter of a replacement. */
export function sentenceCase(text: string, capital: boolean): string {
  if (!text) return text;
  return (capital ? text[0].toUpperCase() : text[0].toLowerCase()) + text.slice(1);
}

/**
 * The source range to replace for a unit: the unit itself, widened over emphasis markers that open
 * or close inside it (so "**Het profiel** is van werkgever" loses both markers or neither).
 */
export function replacementRange(doc: AnalyzedDocument, unit: Span): Span {
  let { start, end } = unit;
  const { text, masked } = doc;
  while (start > 0 && /[*_~]/u.test(text[start - 1]) && masked[start - 1] === ' ') start--;
  while (end < text.length && /[*_~]/u.test(text[end]) && masked[end] === ' ') end++;
  return { start, end };
}

/** Label of a subject kind in a language, for messages ("LinkedIn-profiel" → "profiel"). */
export const SUBJECT_LABEL: Record<Exclude<SubjectKind, 'company-thing'>, Record<Lang, string>> = {
  profile: { nl: 'profiel', no: 'profil', en: 'profile' },
  account: { nl: 'account', no: 'konto', en: 'account' },
  connections: { nl: 'connecties', no: 'forbindelser', en: 'connections' },
  followers: { nl: 'volgers', no: 'følgere', en: 'followers' },
  network: { nl: 'netwerk', no: 'nettverk', en: 'network' },
  contacts: { nl: 'contacten', no: 'kontakter', en: 'contacts' },
};

// =============================================================================================
// Pairing a relation with the subject it is about.

export interface RelationHit {
  relation: Mention;
  subject: Subject;
  /** The span (part of the unit between contrastive connectives) that holds the relation. */
  span: Span;
  owner?: { party: OwnerParty; at: Span };
  negated: boolean;
}

export interface PairOptions {
  /** Which subjects count (e.g. personal social profiles). */
  accept: (s: Subject, all: readonly Subject[]) => boolean;
  /** How far after the relation a subject may start (default 90 characters). */
  maxAfter?: number;
  /** How far before the relation a subject may end (default: anywhere in the span). */
  maxBefore?: number;
  /** Only subjects whose whole phrase lies in the unit itself, not in its lead (default true). */
  subjectInUnit?: boolean;
  /** 'ownership' (default): the owner follows the relation or, in the active voice, precedes it. 'transfer': the target follows. */
  mode?: 'ownership' | 'transfer';
}

/**
 * Pairs each match of `relation` in a unit with the subject it is about. The subjects before it in
 * its span come first (passive and predicative order: "Het LinkedIn-profiel van werknemer wordt
 * aangemerkt als eigendom van werkgever"); when no object precedes it, the first accepted subject
 * inside or after it ("the Company owns all connections", "draagt zijn account over aan"). A
 * company-owned object before the relation ("the Company page and its followers belong to ...")
 * blocks the pairing. A relation in a lead-in pairs with the subjects of the list item.
 * `negated` covers "Profielen zijn niet van werkgever", "Werkgever claimt geen ...", "no connections".
 */
export function pairSubjects(doc: AnalyzedDocument, unit: SocialUnit, relation: RegExp, opts: PairOptions): RelationHit[] {
  const hits: RelationHit[] = [];
  const relations = mentionsInRanges(doc, relation, unit.ranges);
  if (!relations.length) return hits; // cheap test first: most sentences name no relation
  const subjects = unitSubjects(doc, unit);
  if (!subjects.length) return hits;
  const maxAfter = opts.maxAfter ?? 90;
  const inUnit = (s: Span) => s.start >= unit.start && s.end <= unit.end;
  for (const r of relations.slice(0, MAX_PER_UNIT)) {
    const range = rangeOf(unit, r.start);
    const span = spanAround(doc, range, r.start, r.end);
    const inSpan = subjects.filter((s) => s.start >= span.start && s.end <= span.end && !(s.start <= r.start && s.end > r.start));
    const objects = (list: Subject[]) => list.filter((s) => s.role === 'object');
    const before = objects(inSpan.filter((s) => s.end <= r.start && r.start - s.end <= (opts.maxBefore ?? Infinity)));
    let candidates: Subject[];
    let after = false;
    if (before.length) {
      candidates = before;
    } else {
      after = true;
      candidates = objects(inSpan.filter((s) => s.start > r.start && s.start <= r.end + maxAfter));
      if (!candidates.length && unit.lead && range === unit.lead) {
        candidates = objects(subjects.filter((s) => inUnit(s)));
      }
    }
    const accepted = candidates.filter((s) => opts.accept(s, subjects) && (opts.subjectInUnit === false || inUnit(s)));
    if (!accepted.length) continue;
    const subject = after ? accepted[0] : accepted[accepted.length - 1];
    const owner = ownerOf(doc, r, span, subjects, 45, after ? subject : undefined, opts.mode);
    let negated: boolean;
    if (!after) {
      const first = accepted[0];
      negated =
        accepted.every((s) => isSubjectNegated(doc, s, span)) ||
        isNegated(doc, subject.end, Math.max(r.end, owner && owner.at.start >= r.end ? owner.at.end : r.end)) ||
        isNegated(doc, Math.max(span.start, first.start - 22), first.start) && accepted.length === 1;
    } else {
      const sameRange = range === rangeOf(unit, subject.start);
      negated =
        isNegated(doc, Math.max(span.start, r.start - 30), sameRange ? Math.max(subject.start, r.end) : r.end) ||
        isSubjectNegated(doc, subject, rangeOf(unit, subject.start));
    }
    hits.push({ relation: r, subject, span, owner, negated });
  }
  return hits;
}
