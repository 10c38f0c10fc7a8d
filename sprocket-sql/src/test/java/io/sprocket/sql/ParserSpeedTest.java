package io.sprocket.sql;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import static org.assertj.core.api.Assertions.assertThat;

/** A guard against accidental slowness (regex per token, exceptions for control flow), not a benchmark. */
class ParserSpeedTest {

    @Test
    void simpleSelectParsesInMicroseconds() {
        String sql = "SELECT a, b + 1 AS c FROM t WHERE id = ? AND name LIKE 'x%' ORDER BY a LIMIT 10";
        for (int i = 0; i < 10_000; i++) {
            Parser.parse(sql);
        }
        // thread CPU time, not wall time: the build machine is shared and often oversubscribed
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = 10_000;
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            Parser.parse(sql);
        }
        double microsPerParse = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / rounds;
        // a few microseconds on an idle machine; loose bound so a busy machine does not fail the build
        assertThat(microsPerParse).isLessThan(60.0);
    }
}
