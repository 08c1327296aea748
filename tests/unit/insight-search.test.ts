import { describe, expect, it } from 'vitest';
import { escapeLuceneTerm, insightSearchQuery, MAX_SEARCH_WORDS } from '../../server/domain/insight-search.ts';

describe('escapeLuceneTerm', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['a:b', 'a\\:b'],
    ['"quoted"', '\\"quoted\\"'],
    ['(x)', '\\(x\\)'],
    ['wild*?', 'wild\\*\\?'],
    ['a&&b||!c', 'a\\&\\&b\\|\\|\\!c'],
    ['[a TO z]', '\\[a TO z\\]'],
    ['{x}^2~1', '\\{x\\}\\^2\\~1'],
    ['+-/\\', '\\+\\-\\/\\\\'],
    ["l'été", "l'été"],
  ];
  for (const [input, expected] of cases) it(`escapes ${input}`, () => expect(escapeLuceneTerm(input)).toBe(expected));
});

describe('insightSearchQuery', () => {
  const cases: [string, string | null][] = [
    ['vrijwilligers', '+(vrijwilligers OR vrijwilligers*)'],
    ['Bénévoles  ÉTÉ', '+(benevoles OR benevoles*) +(ete OR ete*)'],
    ['l’été', "+(l'ete OR l'ete*)"],
    // Operators lose their meaning in lower case; English stop words are required of nothing.
    ['vrijwilligers AND benevoles', '+(vrijwilligers OR vrijwilligers*) +and +(benevoles OR benevoles*)'],
    ['NOT this', '+not +this'],
    ['title:x', '+(title\\:x OR title\\:x*)'],
    ['"festival', '+(\\"festival OR \\"festival*)'],
    ['a', '+a'],
    ['*', null],
    ['" ( ) : -', null],
    ['', null],
    ['   ', null],
    ['x2 2024', '+(x2 OR x2*) +(2024 OR 2024*)'],
  ];
  for (const [input, expected] of cases) it(`reads ${JSON.stringify(input)}`, () => expect(insightSearchQuery(input)).toBe(expected));

  it('keeps at most a few words of a pasted paragraph', () => {
    const query = insightSearchQuery(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '))!;
    expect(query.split(' +').length).toBe(MAX_SEARCH_WORDS);
  });

  it('never leaves an unescaped special character or an upper-case operator in a term', () => {
    const nasty = 'AND OR NOT TO && || ! ( ) { } [ ] ^ " ~ * ? : \\ / + - field:value "phrase" (group) wild* fuzzy~2 [a TO b]';
    const query = insightSearchQuery(nasty)!;
    // Every clause is ours: +term or +(term OR term*); what the person typed is only ever a term.
    for (const clause of query.split(/ (?=\+)/)) {
      const match = /^\+\((\S+) OR (\S+)\*\)$/.exec(clause) ?? /^\+(\S+)$/.exec(clause);
      expect(match, clause).not.toBeNull();
      for (const term of match!.slice(1)) {
        expect(term.replace(/\\./g, ''), term).not.toMatch(/[&|!(){}[\]^"~*?:\\/+-]/);
        expect(term, term).toBe(term.toLowerCase());
      }
    }
  });
});
