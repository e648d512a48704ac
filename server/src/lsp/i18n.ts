/** The server's own UI strings (code action titles, hover headings, symbol details) in nl, no and en. */
import type { ClauseKind, Lang, Localized, Severity } from '../core/types';

const S = {
  disableLine: { nl: 'Schakel {0} uit voor deze regel', no: 'Slå av {0} for denne linjen', en: 'Disable {0} for this line' },
  disableFile: { nl: 'Schakel {0} uit voor dit bestand', no: 'Slå av {0} for denne filen', en: 'Disable {0} for this file' },
  showDocs: { nl: 'Documentatie van {0} tonen', no: 'Vis dokumentasjonen for {0}', en: 'Show documentation for {0}' },
  fixAll: {
    nl: 'clauselint: alle automatisch herstelbare problemen oplossen',
    no: 'clauselint: rett alle funn som kan rettes automatisk',
    en: 'clauselint: fix all auto-fixable problems',
  },
  why: { nl: 'Waarom', no: 'Hvorfor', en: 'Why' },
  alternative: { nl: 'Rechtsgeldig alternatief', no: 'Lovlig alternativ', en: 'Lawful alternative' },
  sources: { nl: 'Bronnen', no: 'Kilder', en: 'Sources' },
  docs: { nl: 'Documentatie van de regel', no: 'Dokumentasjon for regelen', en: 'Rule documentation' },
  noHeading: { nl: '(zonder kop)', no: '(uten overskrift)', en: '(no heading)' },
  findings: { nl: '{0} bevinding(en)', no: '{0} funn', en: '{0} finding(s)' },
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof S;

export function t(key: MessageKey, lang: Lang, ...args: Array<string | number>): string {
  return S[key][lang].replace(/\{(\d)\}/gu, (_, i: string) => String(args[Number(i)] ?? ''));
}

const KIND_LABELS: Partial<Record<ClauseKind, Localized>> = {
  'non-compete': { nl: 'concurrentiebeding', no: 'konkurranseklausul', en: 'non-compete' },
  'non-solicitation': { nl: 'relatiebeding', no: 'kundeklausul', en: 'non-solicitation' },
  'no-hire': { nl: 'anti-ronselbeding', no: 'rekrutteringsforbud', en: 'no-hire' },
  'social-media': { nl: 'sociale media', no: 'sosiale medier', en: 'social media' },
  monitoring: { nl: 'monitoring', no: 'overvåking', en: 'monitoring' },
  confidentiality: { nl: 'geheimhouding', no: 'taushetsplikt', en: 'confidentiality' },
  ip: { nl: 'intellectueel eigendom', no: 'immaterielle rettigheter', en: 'intellectual property' },
  notice: { nl: 'opzegtermijn', no: 'oppsigelsestid', en: 'notice' },
  probation: { nl: 'proeftijd', no: 'prøvetid', en: 'probation' },
  'study-costs': { nl: 'studiekosten', no: 'kursutgifter', en: 'training costs' },
  penalty: { nl: 'boetebeding', no: 'konvensjonalbot', en: 'penalty' },
  'governing-law': { nl: 'rechtskeuze', no: 'lovvalg', en: 'governing law' },
  term: { nl: 'duur', no: 'varighet', en: 'term' },
  compensation: { nl: 'vergoeding', no: 'kompensasjon', en: 'compensation' },
};

/** A clause kind in the document's language (the raw kind for one this table does not know yet). */
export function kindLabel(kind: ClauseKind, lang: Lang): string {
  return KIND_LABELS[kind]?.[lang] ?? kind;
}

const SEVERITY_LABELS: Record<Severity, Localized> = {
  error: { nl: 'fout', no: 'feil', en: 'error' },
  warning: { nl: 'waarschuwing', no: 'advarsel', en: 'warning' },
  info: { nl: 'info', no: 'info', en: 'info' },
};

export function severityLabel(severity: Severity, lang: Lang): string {
  return SEVERITY_LABELS[severity][lang];
}
