/**
 * The clauselint VS Code extension: starts the bundled language server (dist/server.js) over IPC and
 * adds what only a client can: the workspace-wide lint command, the clause report webview, the status
 * bar item and the jurisdiction picker. All linting happens in the server; settings are pulled by the
 * server (workspace/configuration), so nothing here reads them except the picker that writes one.
 */
import * as path from 'node:path';
import {
  ConfigurationTarget, ProgressLocation, Selection, StatusBarAlignment, Uri, ViewColumn, commands, l10n, languages, window,
  workspace, type Disposable, type ExtensionContext, type StatusBarItem, type TextDocument, type TextEditor, type WebviewPanel,
} from 'vscode';
import {
  LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import {
  Commands, Requests, type ClauseReport, type ClauseReportRow, type DocumentInfo, type LintFilesParams, type LintFilesResult,
} from '../../server/src/lsp/protocol';

const LANGUAGES = ['markdown', 'plaintext', 'contract'];
/** file: on disk, untitled: new documents, vscode-vfs: virtual workspaces (GitHub Repositories). */
const SCHEMES = ['file', 'untitled', 'vscode-vfs'];
const CONFIG_FILE = '.clauselintrc.json';
const REVEAL_COMMAND = 'clauselint.revealLine';
const BATCH = 50;

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const documentSelector: DocumentSelector = [
    ...SCHEMES.flatMap((scheme) => LANGUAGES.map((language) => ({ scheme, language }))),
    { scheme: 'file', pattern: `**/${CONFIG_FILE}` },
  ];
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    diagnosticCollectionName: 'clauselint',
    markdown: { isTrusted: false, supportHtml: false },
  };
  client = new LanguageClient('clauselint', 'clauselint', serverOptions, clientOptions);

  const status = new StatusItem(() => client);
  context.subscriptions.push(
    status,
    commands.registerCommand(Commands.lintWorkspace, () => lintWorkspace()),
    commands.registerCommand(Commands.showClauseReport, () => showClauseReport(context)),
    commands.registerCommand(Commands.selectJurisdiction, () => selectJurisdiction(status)),
    commands.registerCommand(REVEAL_COMMAND, (uri: string, line: number) => revealLine(uri, line)),
  );
  await client.start();
  status.update();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function isContract(doc: TextDocument | undefined): doc is TextDocument {
  return !!doc && LANGUAGES.includes(doc.languageId) && SCHEMES.includes(doc.uri.scheme);
}

function protocolUri(uri: Uri): string {
  return client ? client.code2ProtocolConverter.asUri(uri) : uri.toString();
}

// ---------------------------------------------------------------------------------------------
// "Clauselint: Lint all contracts in workspace"

/** The `files.exclude` patterns that are on, plus node_modules, as one glob. */
function excludeGlob(): string {
  const excluded = workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
  const patterns = Object.entries(excluded).filter(([, on]) => on === true).map(([p]) => p);
  patterns.push('**/node_modules/**');
  return `{${patterns.join(',')}}`;
}

async function lintWorkspace(): Promise<void> {
  const c = client;
  if (!c) return;
  if (!workspace.workspaceFolders?.length) {
    void window.showInformationMessage(l10n.t('Clauselint: open a folder to lint its contracts.'));
    return;
  }
  const uris = await workspace.findFiles('**/*.{md,markdown,txt}', excludeGlob());
  const total: LintFilesResult = { linted: 0, skipped: 0, counts: { error: 0, warning: 0, info: 0, total: 0 }, filesWithFindings: 0, errors: [] };
  await window.withProgress(
    { location: ProgressLocation.Notification, title: l10n.t('Clauselint: linting {0} files', uris.length), cancellable: true },
    async (progress, token) => {
      for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
        const batch = uris.slice(i, i + BATCH);
        const files: LintFilesParams['files'] = await Promise.all(
          batch.map(async (uri) => {
            if (uri.scheme === 'file') return { uri: protocolUri(uri) };
            const bytes = await workspace.fs.readFile(uri);
            return { uri: protocolUri(uri), text: new TextDecoder('utf-8').decode(bytes) };
          }),
        );
        const r = await c.sendRequest<LintFilesResult | null>(Requests.lintFiles, { files } satisfies LintFilesParams, token);
        if (r) {
          total.linted += r.linted;
          total.skipped += r.skipped;
          total.filesWithFindings += r.filesWithFindings;
          total.errors.push(...r.errors);
          for (const k of ['error', 'warning', 'info', 'total'] as const) total.counts[k] += r.counts[k];
        }
        progress.report({ increment: (batch.length / Math.max(1, uris.length)) * 100 });
      }
    },
  );
  for (const e of total.errors) c.outputChannel.appendLine(`clauselint: ${e}`);
  const message = l10n.t(
    'Clauselint: {0} contracts linted ({1} skipped): {2} errors, {3} warnings, {4} info in {5} files.',
    total.linted, total.skipped, total.counts.error, total.counts.warning, total.counts.info, total.filesWithFindings,
  );
  void window.showInformationMessage(message);
  await commands.executeCommand('workbench.actions.view.problems');
}

// ---------------------------------------------------------------------------------------------
// "Clauselint: Show clause report"

let reportPanel: WebviewPanel | undefined;

async function showClauseReport(context: ExtensionContext): Promise<void> {
  const doc = window.activeTextEditor?.document;
  if (!client || !isContract(doc)) {
    void window.showInformationMessage(l10n.t('Clauselint: open a contract (Markdown or plain text) first.'));
    return;
  }
  const report = await client.sendRequest<ClauseReport | null>(Requests.clauseReport, { uri: protocolUri(doc.uri) });
  if (!report) return;
  const title = l10n.t('Clause report: {0}', path.basename(doc.uri.path));
  if (!reportPanel) {
    reportPanel = window.createWebviewPanel('clauselint.clauseReport', title, ViewColumn.Beside, {
      enableScripts: false,
      enableCommandUris: [REVEAL_COMMAND],
      localResourceRoots: [],
    });
    reportPanel.onDidDispose(() => (reportPanel = undefined), undefined, context.subscriptions);
  }
  reportPanel.title = title;
  reportPanel.webview.html = reportHtml(report, doc.uri.toString(), path.basename(doc.uri.path));
  reportPanel.reveal(ViewColumn.Beside, false);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function safeHref(url: string): string {
  return /^(https?|file):/u.test(url) ? escapeHtml(url) : '#';
}

function reportHtml(report: ClauseReport, uri: string, name: string): string {
  const statusLabel: Record<ClauseReportRow['status'], string> = {
    ok: l10n.t('ok'), info: l10n.t('info'), warning: l10n.t('warning'), error: l10n.t('error'),
  };
  const rows = report.rows.map((r) => {
    const reveal = `command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify([uri, r.line]))}`;
    const findings = r.findings
      .map((f) => {
        const cites = f.citations.map((c) => `<a href="${safeHref(c.url)}">${escapeHtml(c.label)}</a>`).join('; ');
        return `<li><a href="${safeHref(f.docUrl)}"><code>${escapeHtml(f.ruleId)}</code></a> ${escapeHtml(f.message)}${cites ? `<br><small>${cites}</small>` : ''}</li>`;
      })
      .join('');
    return `<tr class="${r.status}">
  <td><a href="${escapeHtml(reveal)}">${escapeHtml(r.title)}</a></td>
  <td>${escapeHtml(r.kindLabels.join(', '))}</td>
  <td>${escapeHtml(r.durations.join(', '))}</td>
  <td><span class="badge ${r.status}">${escapeHtml(statusLabel[r.status])}</span></td>
  <td>${findings ? `<ul>${findings}</ul>` : ''}</td>
</tr>`;
  });
  const body = report.rows.length
    ? `<table>
<thead><tr><th>${escapeHtml(l10n.t('Clause'))}</th><th>${escapeHtml(l10n.t('Kind'))}</th><th>${escapeHtml(l10n.t('Duration'))}</th><th>${escapeHtml(l10n.t('Status'))}</th><th>${escapeHtml(l10n.t('Findings and citations'))}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`
    : `<p>${escapeHtml(l10n.t('No restraint or social-media clauses and no findings.'))}</p>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(report.lang === 'no' ? 'nb' : report.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<title>${escapeHtml(l10n.t('Clause report: {0}', name))}</title>
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border); }
  ul { margin: 0; padding-left: 1.2em; }
  .badge { padding: 0 6px; border-radius: 8px; }
  .badge.error { background: var(--vscode-inputValidation-errorBackground); }
  .badge.warning { background: var(--vscode-inputValidation-warningBackground); }
  .badge.info { background: var(--vscode-inputValidation-infoBackground); }
</style>
</head>
<body>
<h2>${escapeHtml(l10n.t('Clause report: {0}', name))}</h2>
<p>${escapeHtml(l10n.t('Language {0}, jurisdiction {1}.', report.lang, report.jurisdiction))}${report.skipped ? ` ${escapeHtml(report.skipped)}` : ''}</p>
${body}
</body>
</html>`;
}

async function revealLine(uri: string, line: number): Promise<void> {
  const doc = await workspace.openTextDocument(Uri.parse(uri));
  const editor = await window.showTextDocument(doc, ViewColumn.One);
  const pos = doc.lineAt(Math.max(0, Math.min(doc.lineCount - 1, line - 1))).range.start;
  editor.selection = new Selection(pos, pos);
  editor.revealRange(editor.selection);
}

// ---------------------------------------------------------------------------------------------
// Status bar and "Clauselint: Select jurisdiction"

const LANGUAGE_NAMES: Record<string, () => string> = {
  nl: () => l10n.t('Dutch'),
  no: () => l10n.t('Norwegian'),
  en: () => l10n.t('English'),
};

class StatusItem implements Disposable {
  private readonly item: StatusBarItem;
  private readonly disposables: Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private sequence = 0;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.item = window.createStatusBarItem('clauselint.status', StatusBarAlignment.Right, 100);
    this.item.name = 'clauselint';
    this.item.command = Commands.selectJurisdiction;
    this.disposables.push(
      window.onDidChangeActiveTextEditor(() => this.update()),
      languages.onDidChangeDiagnostics((e) => {
        const active = window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('clauselint')) this.update(300);
      }),
    );
  }

  update(delay = 100): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(window.activeTextEditor), delay);
  }

  private async refresh(editor: TextEditor | undefined): Promise<void> {
    const seq = ++this.sequence;
    const c = this.getClient();
    // focus in a webview or a panel: show the contract that is still visible, if any
    const doc = editor?.document ?? window.visibleTextEditors.find((e) => isContract(e.document))?.document;
    if (!c || !c.isRunning() || !isContract(doc)) {
      this.item.hide();
      return;
    }
    let info: DocumentInfo | null = null;
    try {
      info = await c.sendRequest<DocumentInfo | null>(Requests.documentInfo, { uri: protocolUri(doc.uri) });
    } catch {
      info = null;
    }
    if (seq !== this.sequence) return; // a newer refresh is under way
    if (!info) {
      this.item.hide();
      return;
    }
    const language = LANGUAGE_NAMES[info.lang]?.() ?? info.lang;
    if (!info.enabled) {
      this.item.text = '$(law) clauselint: off';
      this.item.tooltip = l10n.t('clauselint is disabled (setting clauselint.enable).');
      this.item.accessibilityInformation = { label: l10n.t('clauselint is disabled') };
      this.item.show();
      return;
    }
    const { error, warning, info: infos, total } = info.counts;
    const counts = total === 0 ? '$(check)' : [error && `$(error) ${error}`, warning && `$(warning) ${warning}`, infos && `$(info) ${infos}`].filter(Boolean).join(' ');
    this.item.text = `$(law) ${info.jurisdiction} · ${info.lang} · ${counts}`;
    const jurisdictionFrom: Record<DocumentInfo['jurisdictionSource'], string> = {
      setting: l10n.t('the clauselint.jurisdiction setting'),
      config: l10n.t('.clauselintrc.json'),
      'governing-law': l10n.t('the governing-law clause'),
      language: l10n.t('the contract\'s language'),
    };
    const lines = [
      l10n.t('clauselint: {0} contract ({1}), jurisdiction {2} (from {3}).', language, info.lang, info.jurisdiction, jurisdictionFrom[info.jurisdictionSource]),
      l10n.t('{0} findings: {1} errors, {2} warnings, {3} info.', total, error, warning, infos),
    ];
    if (info.configFile) lines.push(l10n.t('Config: {0}', info.configFile));
    if (info.skipped) lines.push(info.skipped);
    lines.push(l10n.t('Click to select the jurisdiction.'));
    this.item.tooltip = lines.join('\n');
    this.item.accessibilityInformation = { label: lines.slice(0, 2).join(' ') };
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

async function selectJurisdiction(status: StatusItem): Promise<void> {
  const scope = window.activeTextEditor?.document.uri;
  const config = workspace.getConfiguration('clauselint', scope);
  const current = config.get<string>('jurisdiction', 'auto');
  const items = [
    { value: 'auto', label: l10n.t('Detect'), description: l10n.t('governing-law clause, else the contract\'s language') },
    { value: 'NL', label: `NL · ${l10n.t('The Netherlands')}`, description: 'art. 7:653 BW' },
    { value: 'NO', label: `NO · ${l10n.t('Norway')}`, description: l10n.t('arbeidsmiljøloven chapter 14 A') },
    { value: 'UK', label: `UK · ${l10n.t('United Kingdom')}`, description: l10n.t('restraint of trade') },
  ].map((i) => ({ ...i, picked: i.value === current, detail: i.value === current ? l10n.t('current setting') : undefined }));
  const pick = await window.showQuickPick(items, { title: l10n.t('Clauselint: Select jurisdiction'), placeHolder: l10n.t('Law to check the contracts against') });
  if (!pick) return;
  const target = workspace.workspaceFolders?.length ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
  await config.update('jurisdiction', pick.value, target);
  status.update(300);
}
