package io.sprocket.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StatusVariablesTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final StatusVariables status = new StatusVariables(nanos::get);

    @Test
    void sessionCountersAlsoCountGlobally() {
        SessionStatus a = status.connectionOpened();
        SessionStatus b = status.connectionOpened();
        a.increment(StatusCounter.COM_SELECT);
        a.increment(StatusCounter.COM_SELECT);
        b.increment(StatusCounter.COM_SELECT);
        b.add(StatusCounter.BYTES_RECEIVED, 100);
        assertThat(a.show("Com_select")).containsExactly(new VariableRow("Com_select", "2"));
        assertThat(b.show("com_select")).containsExactly(new VariableRow("Com_select", "1"));
        assertThat(status.show("Com_select")).containsExactly(new VariableRow("Com_select", "3"));
        assertThat(status.value(StatusCounter.BYTES_RECEIVED)).isEqualTo(100);
        // server-wide-only counters read the same from a session
        assertThat(a.show("Connections")).containsExactly(new VariableRow("Connections", "2"));
    }

    @Test
    void connectionGaugesAndUptime() {
        SessionStatus a = status.connectionOpened();
        SessionStatus b = status.connectionOpened();
        a.statementStarted();
        assertThat(status.show("Threads_%")).extracting(VariableRow::name)
                .containsExactly("Threads_cached", "Threads_connected", "Threads_created", "Threads_running");
        assertThat(status.show("Threads_connected")).containsExactly(new VariableRow("Threads_connected", "2"));
        assertThat(status.show("Threads_running")).containsExactly(new VariableRow("Threads_running", "1"));
        a.statementFinished();
        b.close();
        b.close();
        assertThat(status.threadsConnected()).isEqualTo(1);
        assertThat(status.show("Max_used_connections"))
                .containsExactly(new VariableRow("Max_used_connections", "2"));
        nanos.addAndGet(5_000_000_000L);
        assertThat(status.show("Uptime")).containsExactly(new VariableRow("Uptime", "5"));
        status.flush();
        nanos.addAndGet(2_000_000_000L);
        assertThat(status.show("Uptime%")).containsExactly(new VariableRow("Uptime", "7"),
                new VariableRow("Uptime_since_flush_status", "2"));
    }

    @Test
    void tlsAndPublishedValues() {
        SessionStatus a = status.connectionOpened();
        a.setTls("TLS_AES_128_GCM_SHA256", "TLSv1.3");
        status.register("Open_tables", () -> "12");
        assertThat(a.show("Ssl_%")).containsExactly(new VariableRow("Ssl_cipher", "TLS_AES_128_GCM_SHA256"),
                new VariableRow("Ssl_version", "TLSv1.3"));
        assertThat(status.show("Ssl_cipher")).containsExactly(new VariableRow("Ssl_cipher", ""));
        assertThat(status.show("open_tables")).containsExactly(new VariableRow("Open_tables", "12"));
        assertThat(status.show(null)).extracting(r -> r.name().toLowerCase()).isSorted();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> status.register("Uptime", () -> "1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
