import type { Edit, Jurisdiction, Lang, ReportFix, Rule } from '../core/types';
import { deleteProse } from '../core/edits';
import { findAllIn, findIn, words } from '../core/text';
import { PERMISSION, PROHIBITION } from '../core/vocabulary';
import { restraintClauses } from '../core/restraints';
import { restraintKindsOfSentence } from '../core/segment';

/**
 * How a passive phrase is narrowed to active solicitation:
 *   extension  an added passive case ("ook niet indien de relatie zelf contact opneemt", "whether or not
 *              initiated by the Client", "heller ikke motta henvendelser"): delete it with its separator
 *   listed     a passive act listed beside active ones ("of connectieverzoeken te accepteren", "or accept
 *              connection requests"): delete it when it follows "of", "or", "eller", a comma
 *   replace    the ban's own verb is passive ("contact te hebben", "have any contact with"): replace it
 *              with the active verb
 */
type FixKind = 'extension' | 'listed' | { replace: (matched: string) => string };

interface PassivePattern {
  re: RegExp;
  fix: FixKind;
  /** For a listed act that stands alone as the ban's verb: the active verb that replaces it. */
  alone?: (matched: string) => string;
  /** A replaced verb that follows "nor" / "or" is deleted instead ("solicit, nor accept or deal with, any Client"). */
  deleteAfterConjunction?: boolean;
  /** Only under this jurisdiction (non-dealing is a passive ban under § 14 A-4, not in NL or UK). */
  only?: Jurisdiction;
}

const P = (alternatives: string[], fix: FixKind, only?: Jurisdiction, extra: Partial<PassivePattern> = {}): PassivePattern => ({
  re: words(alternatives),
  fix,
  only,
  ...extra,
});

// In priority order: an earlier pattern wins over a later one that overlaps it.
const PATTERNS: PassivePattern[] = [
  // ---- added passive cases: delete
  P([
    'ook niet (?:indien|wanneer|als|nadat|in het geval dat|ingeval)[^.;]{0,80}?(?:contact (?:met (?:werknemer|hem|haar) )?(?:opneemt|zoekt)(?: met (?:werknemer|hem|haar))?|het initiatief (?:tot (?:het )?contact )?neemt|initiatief neemt|benadert|(?:tot|bij) werknemer (?:wendt|meldt)|zelf contact zoekt)',
    'ongeacht (?:van )?wie (?:het )?(?:initiatief|contact)[^.;,]{0,40}?(?:neemt|uitgaat|opneemt|genomen)',
    '(?:ook|zelfs) (?:niet )?op (?:verzoek|initiatief) van (?:de |een )?(?:relatie|klant|cliënt|opdrachtgever)s?',
    'heller ikke (?:å )?(?:motta|ta imot|besvare|svare på|akseptere|følge opp) (?:\\p{L}+ ){0,2}?(?:henvendelser|forespørsler|oppdrag|kontakt|bestillinger)(?: fra (?:\\p{L}+ ){0,2}?(?:kunder|kundene|kunden|oppdragsgivere))?',
    '(?:uavhengig av|uansett) hvem som tar (?:initiativ(?:et)?|kontakt(?:en)?)(?: til (?:kontakt(?:en)?|henvendelsen))?',
    '(?:selv om|også (?:når|dersom|hvis)) (?:kunden|kundene|kunder|oppdragsgiveren)[^.;,]{0,30}?(?:tar kontakt|henvender seg|tar initiativ\\p{L}*|kontakter)(?: (?:arbeidstaker(?:en)?|ham|henne))?',
    '(?:whether or not|regardless of whether) (?:such |the |any )?(?:approach|contact|business|dealings?|enquiry|solicitation)[^.;,]{0,40}?(?:initiated|made|solicited|originat\\p{L}*)(?: by (?:the |any |such )?(?:employee|client|customer|prospective client|company|relevant client|\\p{L}+))?',
    'whether or not solicited(?: by the employee)?', 'whether solicited or (?:not|unsolicited)',
    '(?:regardless|irrespective) of (?:who|which party) (?:initiates|initiated|makes|made) (?:the |such |any )?(?:contact|approach)',
    '(?:even|including) (?:if|where|when) (?:the |such |a |any )?(?:client|customer|prospective client|relation)s?[^.;,]{0,40}?(?:approach\\p{L}*|contact\\p{L}*|initiat\\p{L}*|seeks? out)(?: the employee)?',
  ], 'extension'),
  // ---- the ban's own verb is "any contact": replace with active approach
  P(['(?:(?:op enigerlei wijze|op welke wijze dan ook|in welke vorm dan ook) )?(?:enig(?:erlei)? )?(?:zakelijk )?contact (?:te )?hebben(?: of (?:te )?onderhouden)?'], {
    replace: (m: string) => (/\bte\s/u.test(m) ? 'actief contact op te nemen' : 'actief contact opnemen'),
  }),
  P(['(?:op enigerlei wijze|op welke wijze dan ook|in welke vorm dan ook) (?:zakelijk(?:e)? )?contact(?:en)? (?:te )?onderhouden'], {
    replace: (m: string) => (/\bte\s/u.test(m) ? 'actief contact op te nemen' : 'actief contact opnemen'),
  }),
  P(['enig(?:erlei)? (?:zakelijk |direct of indirect )?contact', 'geen enkel contact'], {
    replace: (m: string) => (/^geen/iu.test(m) ? 'geen actief contact' : 'actief contact'),
  }),
  P(['ha (?:noen )?(?:form for )?(?:direkte eller indirekte )?(?:kontakt|forbindelse|samkvem) med', 'være i kontakt med'], { replace: () => 'aktivt kontakte' }),
  P(['enhver (?:form for )?kontakt(?: med)?', 'noen form for kontakt(?: med)?'], {
    replace: (m: string) => (/med$/u.test(m) ? 'aktiv kontakt med' : 'aktiv kontakt'),
  }),
  P(['(?:have|has|make|maintain|keep) any (?:form of )?(?:business )?(?:contact|dealings|communication)s? (?:whatsoever )?with', '(?:be|remain|stay) in (?:contact|touch) with'], {
    replace: () => 'solicit',
  }),
  P(['(?:having|making|maintaining|keeping) any (?:form of )?(?:business )?(?:contact|dealings|communication)s? (?:whatsoever )?with', 'any (?:form of )?(?:business )?contact (?:whatsoever )?with'], {
    replace: () => 'soliciting',
  }),
  P(['accept (?:or deal with|or do business with|any business from|any work from|any instructions from|instructions from|orders from|business from|work from)'], { replace: () => 'solicit' }, undefined, { deleteAfterConjunction: true }),
  P(['accept (?:any )?(?:connection|contact|linkedin|friend(?:ship)?|network) (?:requests?|invitations?) from'], 'listed', undefined, { alone: () => 'solicit' }),
  P(['akseptere (?:kontakt|tilkoblings|venne|nettverks)?forespørsler fra'], 'listed', undefined, { alone: () => 'kontakte' }),
  // ---- passive acts listed beside the active ones
  P([
    '(?:connectie|contact|uitnodigings?|vriendschaps|linkedin-?)verzoeken (?:van [^.;,]{0,40}? )?(?:te )?(?:accepteren|aanvaarden|aan te nemen|beantwoorden)',
    'uitnodigingen (?:om te connecten |tot connectie )?(?:van (?:relaties|klanten) )?(?:te )?(?:accepteren|aanvaarden)',
    'bestaande (?:connecties|contacten|verbindingen|netwerkcontacten)[^.;,]{0,40}? (?:te )?(?:behouden|handhaven|aan te houden|laten bestaan)',
    'verbonden (?:te )?blijven', '(?:te )?feliciteren',
    '(?:berichten|posts|updates|bijdragen)[^.;,]{0,30}? (?:te )?(?:liken|leuk (?:te )?vinden|becommentariëren)', '(?:te )?liken',
    'in te gaan op (?:verzoeken|vragen|aanvragen|benaderingen)(?: van (?:relaties|klanten))?',
    '(?:opdrachten|aanvragen|orders) (?:van (?:relaties|klanten)[^.;,]{0,20}? )?(?:te )?(?:accepteren|aanvaarden|aan te nemen)',
    'zich (?:door (?:relaties|klanten) )?(?:te )?laten benaderen', 'benaderd (?:te )?worden',
    '(?:motta|ta imot|akseptere|svare på|besvare) (?:\\p{L}+ ){0,2}?(?:henvendelser|forespørsler|kontaktforespørsler|tilkoblingsforespørsler|venneforespørsler|invitasjoner)',
    '(?:beholde|opprettholde) (?:eksisterende |sine )?(?:forbindelser|kontakter|nettverksforbindelser)',
    '(?:like|kommentere|dele) (?:\\p{L}+ ){0,2}?(?:innlegg|oppdateringer|poster)', 'gratulere',
    'accept (?:any )?(?:connection|contact|linkedin|friend(?:ship)?|network) (?:requests?|invitations?)(?: from)?',
    '(?:remain|stay) connected (?:with|to)', 'maintain (?:any )?(?:existing )?connections? (?:with|to)',
    '(?:like|comment on|share|react to|endorse)(?:,? (?:or |and )?(?:like|comment on|share|react to|endorse)){0,3} (?:any )?(?:posts?|updates?|content)',
    'congratulat\\p{L}*',
    '(?:respond to|reply to|answer) (?:any )?(?:enquiries|inquiries|approaches|messages|requests)',
    '(?:receive|accept) (?:any )?(?:enquiries|inquiries|approaches)', 'be approached by',
  ], 'listed'),
  // ---- § 14 A-4: a kundeklausul may only bar the employee's own contacting, not serving customers who come
  P(['ta (?:imot )?oppdrag (?:fra|for)', 'påta seg oppdrag (?:fra|for)', 'yte tjenester (?:til|for)', 'utføre (?:arbeid|oppdrag|tjenester) for', 'gjøre forretninger med'], {
    replace: () => 'kontakte',
  }, 'NO'),
  P(['deal with', 'do business with', 'provide (?:any )?services to', 'accept (?:any )?(?:work|business|instructions|orders) from'], {
    replace: () => 'solicit',
  }, 'NO'),
];

/**
 * The edits that remove or narrow the passive phrase [start, end) of `text` (the masked source), or undefined
 * when no clean edit exists. Deletions keep markup and comments of `source` in place (deleteProse).
 */
function fixEdits(source: string, text: string, sentenceStart: number, start: number, end: number, p: PassivePattern): Edit[] | undefined {
  const matched = text.slice(start, end);
  const fix = p.fix;
  if (typeof fix === 'object') {
    if (p.deleteAfterConjunction && /(?:,\s*|\s)(?:nor|or)\s+$/iu.test(text.slice(Math.max(sentenceStart, start - 8), start))) {
      return fixEdits(source, text, sentenceStart, start, end, { ...p, fix: 'listed' });
    }
    return [{ start, end, text: fix.replace(matched) }];
  }
  // skip back over white space (and blanked markup), then look for ", of", " or", ","
  let j = start;
  while (j > sentenceStart && /\s/u.test(text[j - 1])) j--;
  const before = text.slice(Math.max(sentenceStart, j - 16), j);
  let from: number | undefined;
  const sep = /(,|\s(?:or|nor|and|of|en|eller|og)|,\s*(?:or|nor|and|of|en|eller|og))$/iu.exec(before);
  if (sep) from = j - sep[0].length;
  else if (fix === 'extension' && j < start) from = j;
  if (from === undefined || from <= sentenceStart) return p.alone ? [{ start, end, text: p.alone(matched) }] : undefined;
  // the passive part runs on to the next punctuation ("or like posts of such Customers,"): delete all of it
  // (a point or comma before a digit is part of a number, "1.5 jaar", not the end of the part)
  let to = end;
  const rest = /^[^.,;:!?()]{0,60}?(?=[.,](?!\d)|[;:!?)])/u.exec(text.slice(end, end + 61) + (end + 61 >= text.length ? '.' : ''));
  if (!rest || /[\n\r]\s*[\n\r]/u.test(rest[0])) return p.alone ? [{ start, end, text: p.alone(matched) }] : undefined;
  to = end + rest[0].length;
  while (to > end && /\s/u.test(text[to - 1])) to--;
  // ", ook niet indien …, met relaties": the closing comma goes too, unless a next list item follows (", or C")
  if (text[from] === ',' && text[to] === ',' && !/^,\s*(?:or|nor|and|of|en|eller|og)\s/iu.test(text.slice(to, to + 8))) to++;
  return deleteProse(source, text, from, to);
}

export const rule: Rule = {
  meta: {
    id: 'passive-contact-ban',
    title: {
      nl: 'Beding verbiedt elk contact, ook passief (benaderd worden, connecties, likes)',
      no: 'Klausul forbyr all kontakt, også passiv (henvendelser fra kunder, forbindelser)',
      en: 'Restraint bans any contact, including being approached or connecting',
    },
    description: {
      nl: 'Een relatiebeding dat niet alleen actief benaderen verbiedt, maar elk contact: benaderd worden door relaties, connectieverzoeken accepteren, bestaande connecties houden, berichten liken of feliciteren.',
      no: 'En kundeklausul som ikke bare forbyr å kontakte kunder, men all kontakt: å motta henvendelser, akseptere forespørsler, beholde forbindelser eller like innlegg.',
      en: 'A non-solicitation restraint that forbids any contact rather than active solicitation: being approached by clients, accepting their connection requests, keeping connections, liking or congratulating.',
    },
    rationale: {
      nl: 'Een verbod op elk contact gaat verder dan nodig om het klantenbestand te beschermen; de rechter kan het matigen of vernietigen (art. 7:653 lid 3 BW). De rechtspraak verschilt: in Vzr. Rb. Arnhem 2011 was een LinkedIn-connectie met een relatie een schending omdat elk contact verboden was, in Ktr. Maastricht 2012 was communicatie via sociale media zonder actief benaderen geen schending.',
      no: 'En kundeklausul kan bare begrense arbeidstakerens adgang til selv å kontakte kunder (aml. § 14 A-4). Arbeidstakeren plikter ikke å avvise en kunde som selv tar kontakt; en klausul som forbyr det, går ut over det loven tillater for en kundeklausul.',
      en: 'Courts judge a ban on dealing with or being approached by clients more strictly than a ban on soliciting them, because it restrains the employee even where the client chooses to move; a general announcement of a move is not solicitation (Safetynet Security v Coppage). An over-wide restraint may be struck down (restraint of trade).',
    },
    alternative: {
      nl: 'Verbied alleen het actief benaderen van (met name genoemde) relaties: "Het is werknemer verboden relaties met wie hij in de laatste twaalf maanden contact had actief te benaderen met het doel hen als klant over te halen."',
      no: 'Begrens klausulen til at arbeidstaker ikke selv skal kontakte kunder hun har hatt kontakt med eller ansvar for det siste året, for å overføre kundeforholdet.',
      en: 'Limit the covenant to active solicitation: "The Employee shall not solicit or endeavour to entice away any Client with whom they had material dealings in the 12 months before the Termination Date."',
    },
    severity: { NL: 'warning', NO: 'error', UK: 'warning' },
    languages: ['nl', 'no', 'en'],
    citations: {
      NL: ['bw-7-653-lid-3', 'ktr-maastricht-2012-linkedin', 'rb-arnhem-2011-linkedin'],
      NO: ['aml-14a-4'],
      UK: ['safetynet-v-coppage', 'restraint-of-trade'],
    },
    fixable: true,
    scope: 'clause',
  },
  check(ctx) {
    const { doc } = ctx;
    const { masked } = doc;
    const active = { nl: 'actief benaderen', no: 'aktivt kontakte', en: 'active solicitation' } satisfies Record<Lang, string>;
    for (const rc of restraintClauses(doc)) {
      for (const s of rc.related) {
        // "Werknemer mag wel reageren op vragen van relaties die zelf contact opnemen" permits, it does not ban
        if (findIn(PERMISSION, masked, s.start, s.end) && !findIn(PROHIBITION, masked, s.start, s.end)) continue;
        const taken: Array<{ start: number; end: number }> = [];
        for (const p of PATTERNS) {
          if (p.only && p.only !== ctx.jurisdiction) continue;
          if (p.only && (!rc.kinds.has('non-solicitation') || (s.kinds ?? restraintKindsOfSentence(masked, s.start, s.end)).has('non-compete'))) continue;
          for (const m of findAllIn(p.re, masked, s.start, s.end)) {
            const start = m.index;
            const end = m.index + m[0].length;
            if (taken.some((t) => start < t.end && t.start < end)) continue;
            taken.push({ start, end });
            const edits = fixEdits(doc.text, masked, s.start, start, end, p);
            const replacement = edits?.[0]?.text;
            const fixes: ReportFix[] = edits?.length
              ? [{
                  title: {
                    nl: replacement ? `Beperk tot ${active.nl}: "${replacement}"` : 'Schrap het passieve deel',
                    no: replacement ? `Begrens til ${active.no}: "${replacement}"` : 'Stryk den passive delen',
                    en: replacement ? `Narrow to ${active.en}: "${replacement}"` : 'Delete the passive part',
                  },
                  edits,
                  preferred: true,
                }]
              : [];
            ctx.report({
              start,
              end,
              message: {
                NL: {
                  nl: 'Het beding verbiedt ook passief contact; rechters houden een relatiebeding vaak alleen in stand voor actief benaderen (art. 7:653 lid 3 BW).',
                  no: 'Klausulen forbyr også passiv kontakt; nederlandske domstoler godtar ofte bare et forbud mot aktivt å kontakte kunder (art. 7:653 lid 3 BW).',
                  en: 'The clause also bans passive contact; Dutch courts often uphold a non-solicitation clause only against active approaches (art. 7:653(3) BW).',
                },
                NO: {
                  nl: 'Een kundeklausul mag alleen het zelf benaderen van klanten verbieden, niet contact dat de klant zelf zoekt (aml. § 14 A-4).',
                  no: 'En kundeklausul kan bare forby arbeidstaker selv å kontakte kunder, ikke kontakt kunden selv tar (aml. § 14 A-4).',
                  en: 'A customer clause may only bar the employee from contacting customers, not contact the customer initiates (Working Environment Act § 14 A-4).',
                },
                UK: {
                  nl: 'Het beding verbiedt ook passief contact; Engelse rechters beoordelen zo\'n verbod strenger dan een verbod op actief benaderen (restraint of trade).',
                  no: 'Klausulen forbyr også passiv kontakt; engelske domstoler vurderer det strengere enn et forbud mot å oppsøke kunder (restraint of trade).',
                  en: 'The covenant also bans passive contact, which courts judge more strictly than a ban on soliciting (restraint of trade; Safetynet v Coppage).',
                },
              }[ctx.jurisdiction],
              fixes,
            });
          }
        }
      }
    }
  },
};
