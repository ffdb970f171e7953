// Words too common to say which message is meant. They file no shard (shards.ts), and a full-text
// hit that marks only these is no answer (full-text.ts): "frobnicate the widget" matched pages on "the".
export const STOPWORDS: ReadonlySet<string> = new Set(
  'the and for not are but was has have had can could cannot must should would will with from into onto that this than then there these those its their which when where what while does did done been being only also such other more some any all each per via use used using may might shall'.split(
    ' ',
  ),
);

/** Two-letter words no more telling than the stop words; shards never file words under three letters at all. */
const SHORT_COMMON: ReadonlySet<string> = new Set('a an of to in on at by is it be or as no if so we i'.split(' '));

/** Whether a word (lower-cased) is too common to choose between messages or pages. */
export const isStopword = (word: string) => STOPWORDS.has(word) || SHORT_COMMON.has(word);
