package io.sprocket.engine.function;

/**
 * MySQL's RAND() generator: two 30-bit seeds stepped linearly, so that RAND(n) reproduces MySQL's sequence
 * for the same seed (applications and tests depend on RAND(3) giving MySQL's numbers).
 */
public final class MySqlRandom {
    private static final long MAX = 0x3FFFFFFFL;
    private long seed1;
    private long seed2;

    public MySqlRandom(long seed1, long seed2) {
        this.seed1 = Math.floorMod(seed1, MAX);
        this.seed2 = Math.floorMod(seed2, MAX);
    }

    /** The state RAND(seed) starts from. */
    public static MySqlRandom seeded(long seed) {
        // MySQL truncates the seed to 32 bits before mixing.
        long s = seed & 0xFFFFFFFFL;
        return new MySqlRandom(s * 0x10001L + 55555555L, s * 0x10000001L);
    }

    public synchronized double next() {
        seed1 = (seed1 * 3 + seed2) % MAX;
        seed2 = (seed1 + seed2 + 33) % MAX;
        return (double) seed1 / (double) MAX;
    }
}
