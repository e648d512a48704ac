import { describe, expect, it } from 'vitest';
import { LANGS } from '../../server/src/core/types';
import { CITATIONS, citationIds, resolveCitation } from '../../server/src/law/citations';

/** Official hosts a citation may link to (a subdomain of one of these is accepted too). */
const ALLOWED_HOSTS = [
  'wetten.overheid.nl',
  'uitspraken.rechtspraak.nl',
  'lovdata.no',
  'eur-lex.europa.eu',
  'hudoc.echr.coe.int',
  'echr.coe.int',
  'legislation.gov.uk',
  'supremecourt.uk',
  'bailii.org',
  'caselaw.nationalarchives.gov.uk',
  'gov.uk',
  'linkedin.com',
  'autoriteitpersoonsgegevens.nl',
  'edpb.europa.eu',
  'ec.europa.eu',
  'internetconsultatie.nl',
];

const hostAllowed = (host: string) =>
  ALLOWED_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));

/** Words that mark a pending text as a proposal, per language. */
const PROPOSAL_WORDING = {
  nl: /wetsvoorstel|voorstel/i,
  no: /forslag/i,
  en: /proposal/i,
} as const;

const REQUIRED_IDS = [
  'bw-7-653', 'bw-7-653-lid-1', 'bw-7-653-lid-2', 'bw-7-653-lid-3', 'bw-7-653-lid-4', 'bw-7-653-lid-5',
  'bw-7-611', 'bw-7-650', 'wor-27', 'tw-11-7', 'wbk',
  'nl-wetsvoorstel-concurrentiebeding',
  'hr-2019-313', 'ghshe-2017-1784', 'ghshe-2015-3316', 'rb-arnhem-2011-linkedin',
  'ktr-maastricht-2012-linkedin', 'ktr-utrecht-2018-functietitel',
  'gdpr-4-11', 'gdpr-5', 'gdpr-6', 'gdpr-7-4', 'gdpr-14', 'gdpr-88', 'gdpr-recital-43', 'wp249',
  'ap-werknemers-sociale-media', 'dir-2019-1937-24', 'echr-8', 'echr-10', 'barbulescu',
  'aml-14a-1', 'aml-14a-2', 'aml-14a-3', 'aml-14a-4', 'aml-14a-5', 'aml-14a-6', 'aml-9-1', 'aml-2a', 'mfl-15',
  'restraint-of-trade', 'tillman', 'hays-v-ions', 'whitmar-v-gamage', 'safetynet-v-coppage',
  'era-1996-s43j', 'pecr-22', 'uk-noncompete-working-paper-2025',
  'linkedin-user-agreement',
];

const KINDS = ['statute', 'case', 'proposal', 'guidance', 'terms', 'treaty'];

describe('citation catalogue', () => {
  it('contains every id the rules rely on', () => {
    const ids = new Set(citationIds());
    for (const id of REQUIRED_IDS) expect(ids.has(id), id).toBe(true);
  });

  it('uses kebab-case ids and lists exactly the catalogue keys', () => {
    expect(citationIds()).toEqual(Object.keys(CITATIONS));
    for (const id of citationIds()) expect(id, id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  for (const [id, entry] of Object.entries(CITATIONS)) {
    describe(id, () => {
      it('has a kind and a label', () => {
        expect(KINDS).toContain(entry.kind);
        if (typeof entry.label === 'string') {
          expect(entry.label.trim()).not.toBe('');
        } else {
          for (const lang of LANGS) expect(entry.label[lang]?.trim(), `${id} label ${lang}`).toBeTruthy();
        }
      });

      it('has a non-empty summary in nl, no and en', () => {
        for (const lang of LANGS) expect(entry.summary[lang]?.trim(), `${id} summary ${lang}`).toBeTruthy();
      });

      it('links to an https URL on an official host', () => {
        const url = new URL(entry.url);
        expect(url.protocol).toBe('https:');
        expect(hostAllowed(url.hostname), `${id}: ${url.hostname}`).toBe(true);
      });

      if (entry.kind === 'proposal') {
        it('calls itself a proposal in every language', () => {
          for (const lang of LANGS) {
            expect(entry.summary[lang], `${id} summary ${lang}`).toMatch(PROPOSAL_WORDING[lang]);
          }
        });
      }

      const quote = entry.quote;
      if (quote !== undefined) {
        it('has a non-empty quote', () => {
          expect(quote.trim()).not.toBe('');
        });
      }
    });
  }

  it('marks the pending Dutch bill and the UK working paper as proposals', () => {
    expect(CITATIONS['nl-wetsvoorstel-concurrentiebeding'].kind).toBe('proposal');
    expect(CITATIONS['uk-noncompete-working-paper-2025'].kind).toBe('proposal');
    expect(CITATIONS['nl-wetsvoorstel-concurrentiebeding'].summary.nl).toMatch(/wetsvoorstel/i);
  });
});

describe('resolveCitation', () => {
  it('resolves a plain label and the summary in the requested language', () => {
    const c = resolveCitation('bw-7-653-lid-2', 'nl');
    expect(c).toEqual({
      id: 'bw-7-653-lid-2',
      label: 'art. 7:653 lid 2 BW',
      summary: CITATIONS['bw-7-653-lid-2'].summary.nl,
      url: CITATIONS['bw-7-653-lid-2'].url,
    });
  });

  it('picks the localized label', () => {
    expect(resolveCitation('gdpr-6', 'nl').label).toBe('AVG art. 6');
    expect(resolveCitation('gdpr-6', 'en').label).toBe('GDPR Art. 6');
    expect(resolveCitation('gdpr-6', 'no').label).toMatch(/^personvernforordningen/);
    expect(resolveCitation('aml-14a-4', 'no').summary).toBe(CITATIONS['aml-14a-4'].summary.no);
  });

  it('resolves every id in every language', () => {
    for (const id of citationIds()) {
      for (const lang of LANGS) {
        const c = resolveCitation(id, lang);
        expect(c.id).toBe(id);
        expect(typeof c.label).toBe('string');
        expect(c.label).not.toBe('');
        expect(c.summary).toBe(CITATIONS[id].summary[lang]);
      }
    }
  });

  it('throws on an unknown id', () => {
    expect(() => resolveCitation('no-such-citation', 'en')).toThrow(/no-such-citation/);
    expect(() => resolveCitation('toString', 'en')).toThrow();
    expect(() => resolveCitation('', 'nl')).toThrow();
  });
});
