// The insight library's full-text search, in two layers (see server/domain/insight-search.ts):
// insight_text folds accents and case over every insight whatever its language, so "benevoles"
// finds "bénévoles" and a prefix finds a word being typed; the four stemmed indexes each hold only
// the insights written in their language (textNl … textDe is set for that language alone), so
// "vrijwilliger" finds "vrijwilligers" and "bénévole" finds "bénévoles". No single analyser does
// both for Dutch and French: the language analysers stem one language each, and standard-folding
// stems none.
CREATE FULLTEXT INDEX insight_text IF NOT EXISTS FOR (i:Insight) ON EACH [i.title, i.body, i.themesText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX insight_text_nl IF NOT EXISTS FOR (i:Insight) ON EACH [i.textNl] OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
CREATE FULLTEXT INDEX insight_text_fr IF NOT EXISTS FOR (i:Insight) ON EACH [i.textFr] OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX insight_text_en IF NOT EXISTS FOR (i:Insight) ON EACH [i.textEn] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX insight_text_de IF NOT EXISTS FOR (i:Insight) ON EACH [i.textDe] OPTIONS {indexConfig: {`fulltext.analyzer`: 'german'}};
