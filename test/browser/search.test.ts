/** Search as a reader uses it, on the real site (the tests: test/support/search-suite.ts). */
import { describe } from 'vitest';
import { searchSuite } from '../support/search-suite.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

describe('search', () => searchSuite(useSiteInBrowser()));
