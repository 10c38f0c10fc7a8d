package io.sprocket.engine.variable;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable set of system variable definitions, sorted by name, each with a dense index that
 * {@link GlobalVariables} and {@link SessionVariables} use for array storage. Lookup is case-insensitive.
 */
public final class VariableCatalog {
    /** The MySQL version Sprocket reports (@@version, @@innodb_version). */
    public static final String VERSION = "8.0.40";

    private static final VariableCatalog MYSQL80 = mysql80(BuiltinCharsets.INSTANCE);

    private final List<SystemVariable> variables;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final CharsetDirectory charsets;

    public VariableCatalog(List<SystemVariable> variables, CharsetDirectory charsets) {
        this.charsets = Objects.requireNonNull(charsets);
        List<SystemVariable> sorted = new ArrayList<>(variables);
        sorted.sort(Comparator.comparing(SystemVariable::name));
        this.variables = List.copyOf(sorted);
        for (int i = 0; i < this.variables.size(); i++) {
            if (indexes.put(this.variables.get(i).name(), i) != null) {
                throw new IllegalArgumentException("duplicate variable " + this.variables.get(i).name());
            }
        }
    }

    /** MySQL 8.0's variables with the built-in charset table (shared, immutable). */
    public static VariableCatalog mysql80() {
        return MYSQL80;
    }

    /** MySQL 8.0's variables validating charset and collation names against {@code charsets}. */
    public static VariableCatalog mysql80(CharsetDirectory charsets) {
        Definitions definitions = new Definitions();
        SessionVariableDefinitions.define(definitions, charsets);
        ServerVariableDefinitions.define(definitions, charsets);
        StorageAndReplicationDefinitions.define(definitions);
        return new VariableCatalog(definitions.list(), charsets);
    }

    public Optional<SystemVariable> find(String name) {
        Integer index = indexes.get(name.toLowerCase(Locale.ROOT));
        return index == null ? Optional.empty() : Optional.of(variables.get(index));
    }

    /** The definition, or ER_UNKNOWN_SYSTEM_VARIABLE (1193) quoting the name as written. */
    public SystemVariable require(String name) {
        return find(name).orElseThrow(() -> new SqlException(ErrorCode.ER_UNKNOWN_SYSTEM_VARIABLE, name));
    }

    /** The storage index of a variable named in lower case by engine code (no case folding, no allocation). */
    int slotOf(String lowerCaseName) {
        Integer index = indexes.get(lowerCaseName);
        if (index == null) throw new IllegalArgumentException("no system variable " + lowerCaseName);
        return index;
    }

    int indexOf(SystemVariable variable) {
        return indexes.get(variable.name());
    }

    int size() {
        return variables.size();
    }

    /** All definitions, sorted by name. */
    public List<SystemVariable> all() {
        return variables;
    }

    public CharsetDirectory charsets() {
        return charsets;
    }
}
