/** A worker module that cannot load (tests/unit/pool.test.ts): the pool must not start it again and again. */
throw new Error('cannot load');
