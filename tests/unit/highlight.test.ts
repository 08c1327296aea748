import { describe, expect, it } from 'vitest';
import { excerpt, highlight, matchRanges, searchWords, type Segment } from '../../web/src/lib/highlight.ts';

/** Segments written compactly: marked parts in [brackets]. */
const show = (segments: Segment[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('searchWords', () => {
  it.each<[string, string[]]>([
    ['Bénévoles Jeunes', ['benevoles', 'jeunes']],
    ['  theatre,  THEATRE; theatre ', ['theatre']],
    ['l’accueil', ['l', 'accueil']],
    ['— … !!', []],
    ['', []],
    ['a b c d e f g h i j k l m n o p q r', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p']],
  ])('%j → %j', (query, expected) => {
    expect(searchWords(query)).toEqual(expected);
  });
});

describe('matchRanges', () => {
  it.each<[string, string, string[], [number, number][]]>([
    ['a word at the start of a longer one', 'Les bénévoles arrivent', ['benev'], [[4, 13]]],
    ['not inside a word', 'Les bénévoles arrivent', ['nevol'], []],
    ['whatever the case', 'THEATRE theatre', ['theatre'], [[0, 7], [8, 15]]],
    ['overlapping matches merged', 'artists', ['art', 'artist'], [[0, 7]]],
    ['a stop word only as a whole word', 'the theatre', ['the'], [[0, 3]]],
    ['a one-letter word only as a whole word', 'a art', ['a'], [[0, 1]]],
    ['no words, nothing', 'anything', [], []],
    ['no text, nothing', '', ['x'], []],
  ])('%s', (_, text, words, expected) => {
    expect(matchRanges(text, words)).toEqual(expected);
  });
});

describe('highlight', () => {
  it.each<[string, string, string[], string]>([
    ['marks each match', 'Funding for funders', ['fund'], '[Funding] for [funders]'],
    ['marks accented text for a plain word', 'Écoles et école', ['ecole'], '[Écoles] et [école]'],
    ['marks several words', 'Space sharing works', ['shar', 'space'], '[Space] [sharing] works'],
    ['leaves text without a match whole', 'Nothing here', ['zzz'], 'Nothing here'],
    ['keeps markup as text', '<b>bold</b> move', ['bold'], '<b>[bold]</b> move'],
  ])('%s', (_, text, words, expected) => {
    expect(show(highlight(text, words))).toBe(expected);
  });

  it('gives no segments for no text', () => {
    expect(highlight('', ['x'])).toEqual([]);
  });
});

describe('excerpt', () => {
  const long = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The volunteers came early. ${'Consectetur adipiscing elit. '.repeat(10)}`;

  it('keeps a short text whole, spaces collapsed', () => {
    expect(show(excerpt('  A   short\n text about volunteers ', ['volunteer']))).toBe('A short text about [volunteers]');
  });

  it('cuts a long text around its first match, at spaces, with ellipses', () => {
    // The match is at 284; the cut starts about a third of 80 before it, moved to the next word.
    expect(show(excerpt(long, ['volunteer'], 80))).toBe('… dolor sit amet. The [volunteers] came early. Consectetur adipiscing elit. …');
  });

  it('starts at the beginning when nothing matches', () => {
    expect(show(excerpt(long, ['zzz'], 60))).toBe('Lorem ipsum dolor sit amet. Lorem ipsum dolor sit amet. …');
  });
});
