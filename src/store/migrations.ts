import type { Migration } from './migration.ts';
import { initial } from './migrations/0001-initial.ts';
import { watch } from './migrations/0002-watch.ts';
import { search } from './migrations/0003-search.ts';
import { finalUrl } from './migrations/0004-final-url.ts';
import { storyLatest } from './migrations/0005-story-latest.ts';
import { searchFunction } from './migrations/0006-search-function.ts';
import { versionStory } from './migrations/0007-version-story.ts';

/** Every migration, in order: the one schema both the embedded store and PostgreSQL are built by. Append only. */
export const MIGRATIONS: readonly Migration[] = [initial, watch, search, finalUrl, storyLatest, searchFunction, versionStory];
