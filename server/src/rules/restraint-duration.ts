import type { Rule, Severity } from '../core/types';
import { restraintDurations } from '../core/restraints';
import { formatDuration } from '../core/durations';

/** Months above which a restraint is flagged, per jurisdiction, with the severity. */
const LIMITS = {
  NL: [
    { above: 24, severity: 'error' as Severity },
    { above: 12, severity: 'warning' as Severity },
  ],
  NO: [{ above: 12, severity: 'error' as Severity }],
  UK: [{ above: 12, severity: 'warning' as Severity }],
};

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/u, ''));

export const rule: Rule = {
  meta: {
    id: 'restraint-duration',
    title: {
      nl: 'Concurrentie- of relatiebeding duurt te lang',
      no: 'Konkurranse- eller kundeklausul varer for lenge',
      en: 'Restraint lasts too long',
    },
    description: {
      nl: 'Een concurrentie-, relatie- of klantenbeding dat langer duurt dan in de jurisdictie houdbaar is.',
      no: 'En konkurranse- eller kundeklausul som varer lenger enn loven tillater.',
      en: 'A non-compete or non-solicitation restraint that lasts longer than the jurisdiction allows.',
    },
    rationale: {
      nl: 'De rechter kan een beding geheel of gedeeltelijk vernietigen als de werknemer onbillijk wordt benadeeld (art. 7:653 lid 3 BW). In de rechtspraak geldt twee jaar als praktische bovengrens: langere bedingen worden ingekort (bijv. 5 jaar naar 18 maanden, 3 jaar naar 1 jaar). Het wetsvoorstel modernisering concurrentiebeding stelt een maximum van 12 maanden voor; dat is nog geen wet.',
      no: 'En konkurranseklausul eller kundeklausul kan ikke gjøres gjeldende i mer enn ett år etter at arbeidsforholdet opphørte (aml. §§ 14 A-1 og 14 A-4). Det som går ut over ett år, er ikke bindende.',
      en: 'A post-termination restraint is void unless it protects a legitimate interest and goes no further than reasonably necessary. Courts rarely uphold restraints longer than 12 months; under Tillman v Egon Zehnder an over-wide restraint may be struck down rather than rewritten. Reform of non-compete clauses is a proposal under consultation, not law.',
    },
    alternative: {
      nl: 'Beperk de duur tot twaalf (12) maanden na het einde van de arbeidsovereenkomst (en motiveer waarom die duur nodig is).',
      no: 'Begrens klausulen til høyst tolv (12) måneder etter fratreden.',
      en: 'Limit the restraint to twelve (12) months after the Termination Date, or less where a shorter period protects the interest.',
    },
    severity: { NL: 'warning', NO: 'error', UK: 'warning' },
    languages: ['nl', 'no', 'en'],
    citations: {
      NL: ['bw-7-653-lid-3', 'ghshe-2017-1784', 'ghshe-2015-3316', 'nl-wetsvoorstel-concurrentiebeding'],
      NO: ['aml-14a-1', 'aml-14a-4'],
      UK: ['tillman', 'uk-noncompete-working-paper-2025'],
    },
    fixable: true,
    scope: 'clause',
  },
  check(ctx) {
    const limits = LIMITS[ctx.jurisdiction];
    for (const { restraint, duration } of restraintDurations(ctx.doc)) {
      const limit = limits.find((l) => duration.months > l.above + 1e-9);
      if (!limit) continue;
      const months = fmt(duration.months);
      const nonCompete = restraint.kinds.has('non-compete');
      const noHireOnly = !nonCompete && !restraint.kinds.has('non-solicitation') && restraint.kinds.has('no-hire');
      // Chapter 14 A limits konkurranse- and kundeklausuler; a no-poach of colleagues is not one of them
      if (noHireOnly && ctx.jurisdiction === 'NO') continue;
      const label = noHireOnly
        ? { nl: 'Anti-ronselbeding', no: 'Ikke-rekrutteringsklausul', en: 'No-poach restraint' }
        : {
            nl: nonCompete ? 'Concurrentiebeding' : 'Relatiebeding',
            no: nonCompete ? 'Konkurranseklausul' : 'Kundeklausul',
            en: nonCompete ? 'Non-compete' : 'Non-solicitation restraint',
          };
      const message = {
        NL:
          limit.severity === 'error'
            ? {
                nl: `${label.nl} van ${months} maanden is langer dan de twee jaar die rechters in de praktijk toestaan (art. 7:653 lid 3 BW).`,
                no: `${label.no} på ${months} måneder er lengre enn de to årene nederlandske domstoler i praksis godtar (art. 7:653 lid 3 BW).`,
                en: `${label.en} of ${months} months exceeds the two years Dutch courts in practice allow (art. 7:653(3) BW).`,
              }
            : {
                nl: `${label.nl} van ${months} maanden: het wetsvoorstel modernisering concurrentiebeding stelt een maximum van 12 maanden voor; rechters matigen vaak (art. 7:653 lid 3 BW).`,
                no: `${label.no} på ${months} måneder: det nederlandske lovforslaget foreslår høyst 12 måneder; domstolene lemper ofte (art. 7:653 lid 3 BW).`,
                en: `${label.en} of ${months} months: the Dutch bill proposes a 12-month maximum and courts often moderate (art. 7:653(3) BW).`,
              },
        NO: {
          nl: `${label.nl} van ${months} maanden overschrijdt het Noorse maximum van één jaar (aml. § ${nonCompete ? '14 A-1' : '14 A-4'}).`,
          no: `${label.no} på ${months} måneder overskrider maksimum på ett år (aml. § ${nonCompete ? '14 A-1' : '14 A-4'}).`,
          en: `${label.en} of ${months} months exceeds the one-year maximum (Working Environment Act § ${nonCompete ? '14 A-1' : '14 A-4'}).`,
        },
        UK: {
          nl: `${label.nl} van ${months} maanden is langer dan de 12 maanden die Engelse rechters doorgaans aanvaarden (restraint of trade).`,
          no: `${label.no} på ${months} måneder er lengre enn de 12 månedene engelske domstoler vanligvis godtar (restraint of trade).`,
          en: `${label.en} of ${months} months exceeds the 12 months courts usually uphold (restraint of trade).`,
        },
      }[ctx.jurisdiction];
      const to12 = formatDuration(12, duration);
      const fixes = [
        {
          title: { nl: `Verkort tot ${to12}`, no: `Forkort til ${to12}`, en: `Shorten to ${to12}` },
          edits: [{ start: duration.start, end: duration.end, text: to12 }],
          preferred: true,
        },
      ];
      if (ctx.jurisdiction === 'NL' && duration.months > 24) {
        const to24 = formatDuration(24, duration);
        fixes.push({
          title: { nl: `Verkort tot ${to24} (huidige rechtspraak)`, no: `Forkort til ${to24}`, en: `Shorten to ${to24} (current case law)` },
          edits: [{ start: duration.start, end: duration.end, text: to24 }],
          preferred: false,
        });
      }
      ctx.report({
        start: duration.start,
        end: duration.end,
        severity: limit.severity,
        message,
        citations:
          ctx.jurisdiction === 'NL' && limit.severity === 'warning'
            ? ['bw-7-653-lid-3', 'nl-wetsvoorstel-concurrentiebeding']
            : ctx.jurisdiction === 'NO'
              ? [nonCompete ? 'aml-14a-1' : 'aml-14a-4']
              : undefined,
        fixes,
      });
    }
  },
};
