import { FUNCTION_WORDS } from '../lexicon/function-words.ts';

/**
 * Words that say nothing about which claim a sentence makes: the lexicon's function words, and what matching
 * claims also passes over: reporting filler ("said", "reportedly"), titles, words of relative time, and forms that
 * compare keeps as words ("only", "almost", "us": an initialism "US" is read as a name before this list is asked).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...(
    'again almost amidst only ought towards whilst yes lot lots us hers mine myself ours theirs yours ' +
    'say says said saying tell tells told reportedly report reports reported reporting ' +
    'mr mrs ms dr st new first last next later earlier ago'
  ).split(' '),
]);
