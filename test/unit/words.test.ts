/** words(): compound alternatives ("\p{L}*marketing\p{L}*") match exactly like the single regex would. */
import { describe, expect, it } from 'vitest';
import { words, findAllIn, WB_START, WB_END } from '../../server/src/core/text';

const ALTS = ['promot\\p{L}*', '\\p{L}*marketing\\p{L}*', 'sales', '\\p{L}*korting(?:en)?', 'potentiële (?:klanten|relaties)', '\\p{L}*tilbud(?:et|ene)?'];
const reference = new RegExp(`${WB_START}(?:${ALTS.slice().sort((a, b) => b.length - a.length).map((a) => a.replace(/ /gu, '\\s+')).join('|')})${WB_END}`, 'giu');
const spans = (re: RegExp, t: string) => findAllIn(re, t).map((m) => `${m.index}:${m[0]}`);

describe('words() with compound alternatives', () => {
  const texts = [
    'E-mailmarketingcampagne met kortingen en promoties voor potentiële\nklanten.',
    'Sales via LinkedIn: marketing, emailmarketing, Marketingplan; kortingen, tilbudet, sommertilbudene, tilbud2 9marketing.',
    'xmarketingx marketing-mail salesforce unsales',
    'Ingen treff her.',
    '',
  ];
  for (const t of texts) {
    it(JSON.stringify(t.slice(0, 30)), () => {
      expect(spans(words(ALTS), t)).toEqual(spans(reference, t));
    });
  }
  it('works with findAllIn windows and lastIndex', () => {
    const t = 'aaa marketing bbb emailmarketing ccc';
    expect(findAllIn(words(ALTS), t, 10, t.length).map((m) => m[0])).toEqual(['emailmarketing']);
  });
  it('is linear on long compounds', () => {
    const t = `${'a'.repeat(100_000)}marketing ${'marketing'.repeat(10_000)}`;
    const t0 = performance.now();
    findAllIn(words(ALTS), t);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('words() compound worst case', () => {
  it('a long word full of cores that never ends right is linear', () => {
    const t = `${'korting'.repeat(20_000)}x ${'tilbud'.repeat(20_000)}q`;
    const t0 = performance.now();
    expect(findAllIn(words(ALTS), t)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
