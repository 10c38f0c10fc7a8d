package io.sprocket.engine.variable;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Start-up values of the read-only variables that describe the machine, detected from the JVM, for the
 * launcher to pass to {@link GlobalVariables#create} (its own options override them). system_time_zone
 * matters beyond display: with time_zone=SYSTEM, Connector/J converts temporals using it.
 */
public final class ServerEnvironment {
    private ServerEnvironment() {}

    /** hostname, system_time_zone, version_compile_os and version_compile_machine of this machine. */
    public static Map<String, String> detectedOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("hostname", hostname());
        options.put("system_time_zone", systemTimeZone(TimeZone.getDefault(), new Date()));
        options.put("version_compile_os", System.getProperty("os.name", "Linux"));
        options.put("version_compile_machine", machine(System.getProperty("os.arch", "amd64")));
        return options;
    }

    /** The zone abbreviation MySQL shows, in effect at {@code now} (e.g. UTC, CET, CEST). */
    static String systemTimeZone(TimeZone zone, Date now) {
        return zone.getDisplayName(zone.inDaylightTime(now), TimeZone.SHORT, Locale.US);
    }

    static String machine(String javaArch) {
        return switch (javaArch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> javaArch;
        };
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
