import { it } from 'vitest';
import { TestClient } from './lsp-client';
it('warm', async () => {
  for (const delay of [0, 2000]) {
    const c = new TestClient();
    await c.initialize();
    await new Promise((r) => setTimeout(r, delay));
    const t0 = await c.open('file:///tmp/x.md', '# Arbeidsovereenkomst\n\n## Artikel 12 – Relatiebeding\n\nHet is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst contact te onderhouden met relaties van werkgever.\n');
    const p = await c.diagnosticsFor('file:///tmp/x.md');
    console.log('delay', delay, 'open->diag', p.at - t0, c.logs.filter((l) => /warm/.test(l)));
    await c.shutdown();
  }
}, 120000);
