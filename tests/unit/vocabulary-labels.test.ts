import { describe, expect, it } from 'vitest';
import { foldTerm, matchTerm, suggestTerms, VOCABULARIES } from '../../server/domain/vocabulary-labels.ts';

describe('matchTerm', () => {
  it.each([
    ['commune', 'schaerbeek', 'schaerbeek'],
    ['commune', 'Schaerbeek', 'schaerbeek'],
    ['commune', 'Schaarbeek', 'schaerbeek'],
    ['commune', 'SCHAARBEEK', 'schaerbeek'],
    ['commune', 'Sint-Jans-Molenbeek', 'molenbeek-saint-jean'],
    ['commune', 'molenbeek saint jean', 'molenbeek-saint-jean'],
    ['commune', 'Elsene', 'ixelles'],
    ['commune', 'Brussel', 'bruxelles'],
    ['discipline', 'visual-arts', 'visual-arts'],
    ['discipline', 'Visual arts', 'visual-arts'],
    ['discipline', 'Arts visuels', 'visual-arts'],
    ['discipline', 'Beeldende kunst', 'visual-arts'],
    ['discipline', 'Bildende Kunst', 'visual-arts'],
    ['discipline', 'Théâtre', 'theatre'],
    ['discipline', 'theatre', 'theatre'],
    ['discipline', 'THEATRE', 'theatre'],
    ['discipline', 'Litterature', 'literature'],
    ['discipline', 'Éducation & participation', 'education'],
    ['discipline', 'Multidisziplinär', 'multidisciplinary'],
    ['organisationKind', 'Community centre', 'community-centre'],
    ['organisationKind', 'THEATRE', 'theatre'],
    ['audience', 'General public', 'general-public'],
    ['resource', 'Space', 'space'],
    ['projectStatus', 'Running', 'running'],
  ] as const)('%s %j is %j', (vocabulary, cell, code) => {
    expect(matchTerm(VOCABULARIES[vocabulary], cell)).toBe(code);
  });

  it.each([
    ['commune', 'Atlantis'],
    ['commune', ''],
    ['discipline', 'Visual'],
    ['organisationKind', 'spaceship'],
  ] as const)('%s %j names nothing', (vocabulary, cell) => {
    expect(matchTerm(VOCABULARIES[vocabulary], cell)).toBeUndefined();
  });
});

describe('suggestTerms', () => {
  it.each([
    ['commune', 'Schaerbeck', ['schaerbeek']],
    ['commune', 'Ixel', ['ixelles']],
    ['discipline', 'Visual', ['visual-arts']],
    ['discipline', 'Musik', ['music']],
    ['commune', 'Atlantis', []],
  ] as const)('%s %j suggests %j', (vocabulary, cell, expected) => {
    expect(suggestTerms(VOCABULARIES[vocabulary], cell)).toEqual(expected);
  });
});

describe('foldTerm', () => {
  it('drops accents and case, and reads dashes, dots and apostrophes as spaces', () => {
    expect(foldTerm('  Sint-Joost-ten-Node ')).toBe('sint joost ten node');
    expect(foldTerm('L’Été.Zola')).toBe('l ete zola');
  });
});
