/**
 * The health-real suite reads public pages from outside the repository. Where the folder is missing it says so
 * loudly and skips; under CI=true the missing folder is a failure (the suite's first test throws).
 */
import { existsSync } from 'node:fs';

export interface CorpusFolder {
  present: boolean;
  /** The body of the suite's "is present" test. */
  requirePresent(): void;
}

/** `suite` names the tests that skip; `holding` says what the folder must hold (for HEALTH_BENCH_DIR). */
export function corpusFolder(dir: string, suite: string, holding: string): CorpusFolder {
  const present = existsSync(dir);
  const inCI = process.env.CI === 'true';
  if (!present && !inCI) {
    const bar = '!'.repeat(80);
    console.warn(
      [
        '',
        bar,
        `!! SKIPPING ${suite}: not found at`,
        `!!   ${dir}`,
        `!! Set HEALTH_BENCH_DIR to the folder holding ${holding}, e.g.`,
        '!!   HEALTH_BENCH_DIR=/path/to/bench npx vitest run --project corpus',
        '!! (Under CI=true a missing corpus fails the run instead of skipping.)',
        bar,
        '',
      ].join('\n'),
    );
  }
  return {
    present,
    requirePresent: () => {
      if (!present && inCI) throw new Error(`${suite}: corpus not found at ${dir}. Under CI it is required: set HEALTH_BENCH_DIR to the folder holding ${holding}.`);
    },
  };
}
