import { MONTH_WORDS } from '../../lexicon/calendar.ts';

/**
 * The vocabulary of page boilerplate, as data: the rules decide by a line's shape and look
 * words up here, so a new site's chrome is usually one more word, not one more branch.
 * Everything is lowercase; rules compare lowercased text.
 */
export const LEXICON = {
  /** Words that make up menus, toolbars and buttons when a line holds nothing else. */
  chrome: new Set([
    'close', 'menu', 'search', 'home', 'homepage', 'login', 'log', 'logout', 'sign', 'signin', 'in', 'out', 'up', 'subscribe',
    'subscribed', 'subscription', 'subscriptions', 'newsletter', 'newsletters', 'account', 'my', 'register', 'skip', 'to', 'content',
    'main', 'navigation', 'nav', 'share', 'shares', 'print', 'email', 'e-mail', 'mail', 'copy', 'link', 'copied', 'comments',
    'comment', 'back', 'top', 'next', 'previous', 'prev', 'open', 'toggle', 'expand', 'collapse', 'sections', 'more', 'less', 'show',
    'hide', 'listen', 'play', 'pause', 'mute', 'audio', 'save', 'saved', 'bookmark', 'gift', 'article', 'font', 'size', 'text',
    'dark', 'light', 'mode', 'edition', 'language', 'select', 'cookie', 'cookies', 'settings', 'preferences', 'accept', 'reject',
    'dismiss', 'ok', 'got', 'it', 'continue', 'cancel', 'loading', 'free', 'trial', 'donate', 'support', 'us', 'the', 'and', 'or',
    'of', 'for', 'on', 'read', 'min', 'mins', 'minute', 'minutes', 'video', 'videos', 'watch', 'live', 'tv', 'radio', 'podcast',
    'podcasts', 'app', 'apps', 'download', 'contact', 'about', 'help', 'faq', 'terms', 'privacy', 'policy', 'advertise', 'rss',
    'feed', 'feeds', 'sitemap', 'archive', 'archives', 'latest', 'news', 'trending', 'popular', 'breaking', 'premium', 'exclusive',
    'follow', 'unfollow', 'following', 'like', 'tweet', 'post', 'reply', 'view', 'all', 'see', 'click', 'here', 'tap', 'swipe', 'zoom',
    'enlarge', 'fullscreen', 'full', 'screen', 'gallery', 'photos', 'images', 'slideshow', 'x', 'terms', 'use', 'conditions',
    'careers', 'classifieds', 'adchoices', 'choices', 'notice', 'site', 'map', 'customer', 'service', 'services', 'connect', 'shop',
    'store', 'blog', 'blogs', 'jobs', 'events', 'about', 'me', 'team', 'staff', 'masthead', 'corrections', 'accessibility', 'cookie',
    'manage', 'personal', 'information', 'sell', 'do', 'not', 'california', 'rights', 'ethics', 'standards', 'sitemap', 'subscriber',
    'agreement', 'e-edition', 'epaper', 'digital', 'print', 'replica', 'today', "today's", 'paper', 'letters', 'editor', 'editorials',
    'columnists', 'columns', 'comics', 'puzzles', 'horoscopes', 'obituaries', 'classified', 'ads', 'advertise', 'with', 'your',
    'this', 'story',
  ]),
  /** Social networks and sharing channels. */
  social: new Set([
    'x', 'twitter', 'facebook', 'instagram', 'youtube', 'linkedin', 'whatsapp', 'telegram', 'tiktok', 'reddit', 'pinterest',
    'threads', 'bluesky', 'mastodon', 'snapchat', 'flipboard', 'messenger', 'email', 'e-mail', 'sms', 'rss', 'vk', 'weibo',
    'wechat', 'line', 'viber', 'tumblr', 'pocket', 'mix', 'google', 'news', 'apple', 'discord', 'twitch', 'copy', 'link',
  ]),
  /** Section names of a site's menu; a line of several of these and nothing else is navigation. */
  sections: new Set([
    'world', 'politics', 'business', 'sport', 'sports', 'opinion', 'opinions', 'culture', 'tech', 'technology', 'science', 'health',
    'entertainment', 'lifestyle', 'life', 'style', 'travel', 'economy', 'markets', 'money', 'finance', 'local', 'national',
    'international', 'weather', 'food', 'arts', 'books', 'media', 'education', 'environment', 'climate', 'us', 'uk', 'europe',
    'asia', 'africa', 'americas', 'middle', 'east', 'latin', 'america', 'news', 'home', 'video', 'videos', 'photos', 'podcasts',
    'analysis', 'features', 'investigations', 'obituaries', 'games', 'puzzles', 'crossword', 'shopping', 'deals', 'reviews',
    'cars', 'autos', 'real', 'estate', 'jobs', 'education', 'religion', 'society', 'crime', 'justice', 'law', 'defense',
    'security', 'energy', 'more', 'and', '&', 'latest', 'global', 'region', 'regions', 'country', 'city', 'metro', 'state',
  ]),
  /** Words of archive and date menus ("November 2019 (12)"), counted with section names in link lists. */
  months: MONTH_WORDS,
  /** Whole lines that mark an advertisement slot. */
  advertisement: [
    'advertisement', 'advertisements', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content',
    'partner content', 'promoted', 'promoted content', 'story continues below', 'story continues below advertisement',
    'article continues below', 'article continues below advertisement', 'continue reading below', 'scroll to continue',
    'scroll to continue with content', 'content continues below', 'ad feedback', 'report this ad', 'skip ad',
  ],
  /** Phrases that open a teaser for another article. */
  teaserLeads: [
    'also read', 'read also', 'read more', 'more from', 'more on', 'related', 'related articles', 'related article',
    'related stories', 'related story', 'related news', 'related content', 'related coverage', 'recommended',
    'recommended for you', 'recommended stories', 'you may also like', 'you might also like', 'you may like', 'must read',
    'must watch', "don't miss", 'dont miss', 'see also', 'watch', 'listen', 'most read', 'most popular', 'most viewed',
    'trending now', 'trending', 'more stories', 'more news', 'latest stories', 'latest news', 'top stories', 'click here',
    'continue reading', 'further reading', 'in other news', "editor's picks", 'editors picks', "editor's pick", 'suggested',
    'suggested reading', 'read next', 'up next', 'next story', 'previous story', 'explore more', 'keep reading', 'read the full story',
    'read full story', 'read the full article', 'catch up', 'also see', 'check out', 'more coverage', 'more in',
  ],
  /** Labels of tag and topic lists. */
  tagLabels: ['topics', 'topic', 'tags', 'tag', 'tagged', 'tagged with', 'keywords', 'filed under', 'categories', 'category', 'related topics', 'subjects'],
  /** Labels that introduce an author's name. */
  bylineLabels: ['by', 'published by', 'written by', 'posted by', 'author', 'authors', 'reported by', 'story by', 'words by', 'text by', 'report by'],
  /** Labels that introduce a publication date. */
  dateLabels: ['published', 'published on', 'updated', 'last updated', 'first published', 'posted', 'posted on', 'modified', 'last modified', 'date', 'created', 'released'],
  /** Role words after a name in a byline ("Jane Doe | Reporter", "Jane Doe, Staff Writer"). */
  bylineRoles: [
    'reporter', 'staff writer', 'staff reporter', 'writer', 'correspondent', 'editor', 'senior editor', 'contributor',
    'contributing writer', 'columnist', 'journalist', 'staff', 'news desk', 'desk', 'analyst', 'freelance writer',
    'political correspondent', 'foreign correspondent', 'senior reporter', 'special correspondent', 'author',
  ],
  /** Wire services and photo agencies, as they appear in credits. */
  agencies: [
    'afp', 'ap', 'reuters', 'getty images', 'getty', 'efe', 'epa', 'epa-efe', 'xinhua', 'ani', 'pti', 'ians', 'dpa', 'bloomberg',
    'shutterstock', 'alamy', 'anadolu', 'anadolu agency', 'aa', 'sputnik', 'tass', 'kyodo', 'yonhap', 'upi', 'zuma', 'zuma press',
    'sipa', 'nurphoto', 'pool', 'imago', 'picture alliance', 'associated press', 'agence france-presse', 'wire', 'file', 'handout',
    'istock', 'istockphoto', 'unsplash', 'wikimedia commons', 'via reuters', 'via getty images', 'ap photo', 'afp photo',
  ],
  /** Words that label a picture. */
  photoWords: ['photo', 'photos', 'photograph', 'photography', 'image', 'images', 'picture', 'pic', 'file photo', 'illustration', 'credit', 'photo credit', 'image credit', 'courtesy', 'representational image', 'representative image'],
  /** Headings of generated question-and-answer blocks. */
  faqHeadings: ['frequently asked questions', 'faq', 'faqs', 'questions and answers', 'q&a', 'key questions', 'people also ask', 'common questions', 'quick questions'],
  /** Words that open a question. */
  questionStarts: ['what', 'how', 'why', 'who', 'whom', 'whose', 'when', 'where', 'which', 'is', 'are', 'was', 'were', 'does', 'do', 'did', 'can', 'could', 'will', 'would', 'should', 'has', 'have', 'had', 'may', 'might'],
  /** Lone lowercase tokens that scrapers leave behind. */
  tracking: ['tracking', 'pixel', 'beacon', 'analytics', 'impression', 'undefined', 'null', 'nan', 'loading', 'loading...', 'true', 'false', 'none', 'iframe', 'embed', 'script', 'noscript'],
  /** Phrases of an outlet's standing disclaimers and funding notes at the foot of a story. */
  disclaimers: [
    'for informational purposes only', 'for general informational purposes only', 'for information purposes only',
    'not a substitute for professional', 'not intended to be a substitute for professional', 'does not constitute medical advice',
    'does not constitute financial advice', 'does not constitute investment advice', 'does not constitute legal advice',
    'should not be construed as', 'is solely responsible for all content', 'solely responsible for the content',
    'views expressed in this article are', 'views expressed are those of the author',
  ],
  /** One-word section headings that can run into the paragraph after them. */
  sectionHeadings: ['background', 'context', 'analysis', 'update', 'updates', 'explainer', 'timeline', 'reaction', 'reactions', 'history', 'overview', 'summary', 'outlook', 'details', 'backstory'],
  /** Capitalised function words that open a sentence but never sit capitalised inside one. */
  sentenceOpeners: [
    'the', 'a', 'an', 'in', 'on', 'at', 'after', 'before', 'since', 'while', 'when', 'as', 'but', 'however', 'according', 'despite',
    'under', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'its', 'his', 'her', 'their', 'our', 'for', 'with',
    'without', 'from', 'during', 'although', 'though', 'if', 'unlike', 'last', 'earlier', 'later', 'meanwhile', 'now', 'today',
    'yesterday', 'some', 'many', 'most', 'several', 'there', 'both', 'neither', 'either', 'one', 'two', 'three', 'four', 'five',
    'following', 'amid', 'over', 'by', 'until', 'once', 'because', 'still', 'such', 'what', 'who', 'why', 'how',
    'moreover', 'also', 'yet', 'so', 'and', 'then', 'thus', 'instead', 'recently', 'previously', 'currently',
  ],
} as const;
