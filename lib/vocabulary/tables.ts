/**
 * Every language table at once, for Node: the CLI, the benchmark and the tests read pages in any language
 * synchronously. Importing this module registers them (lib/index.ts does). Extension pages load a page's
 * tables alone instead (load.ts), so they never hold the seven tables an English page does not need.
 */
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { id } from './id';
import { registerLanguageTables } from './index';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';

// Every table but English's, which is always there.
registerLanguageTables([de, es, fr, it, pt, nl, id]);
