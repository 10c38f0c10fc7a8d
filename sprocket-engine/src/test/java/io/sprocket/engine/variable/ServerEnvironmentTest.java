package io.sprocket.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class ServerEnvironmentTest {
    @Test
    void timeZoneAbbreviationFollowsDaylightSaving() {
        TimeZone paris = TimeZone.getTimeZone("Europe/Paris");
        assertThat(ServerEnvironment.systemTimeZone(paris, new Date(1768478400000L))).isEqualTo("CET"); // January
        assertThat(ServerEnvironment.systemTimeZone(paris, new Date(1784116800000L))).isEqualTo("CEST"); // July
        assertThat(ServerEnvironment.systemTimeZone(TimeZone.getTimeZone("UTC"), new Date())).isEqualTo("UTC");
    }

    @Test
    void detectedOptionsAreAcceptedAtStart() {
        Map<String, String> options = ServerEnvironment.detectedOptions();
        assertThat(options).containsKeys("hostname", "system_time_zone", "version_compile_os",
                "version_compile_machine");
        assertThat(ServerEnvironment.machine("amd64")).isEqualTo("x86_64");
        GlobalVariables globals = GlobalVariables.create(VariableCatalog.mysql80(), options);
        assertThat(globals.select("hostname")).isEqualTo(options.get("hostname"));
    }
}
