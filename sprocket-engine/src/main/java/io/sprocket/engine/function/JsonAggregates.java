package io.sprocket.engine.function;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON_ARRAYAGG and JSON_OBJECTAGG: unlike other aggregates they keep NULL values (as JSON null). */
final class JsonAggregates {
    private JsonAggregates() {}

    static void register(FunctionRegistry.Builder b) {
        b.aggregate(new AggregateDefinition("json_arrayagg", 1, 1, ResultTypeRule.JSON, call -> new Accumulator() {
            private final List<Object[]> rows = new ArrayList<>();

            @Override
            public void add(Object[] args, FunctionContext ctx) {
                rows.add(args.clone());
            }

            @Override
            public Object result(FunctionContext ctx) {
                if (rows.isEmpty()) return null;
                if (call.orderBy() != null) rows.sort(call.orderBy());
                List<JsonValue> out = new ArrayList<>(rows.size());
                for (Object[] r : rows) out.add(JsonSite.value(r[0]));
                return JsonValue.array(out);
            }
        }));
        b.aggregate(new AggregateDefinition("json_objectagg", 2, 2, ResultTypeRule.JSON, call -> new Accumulator() {
            private final Map<String, JsonValue> members = new LinkedHashMap<>();

            @Override
            public void add(Object[] args, FunctionContext ctx) {
                if (args[0] == null) throw new SqlException(ErrorCode.ER_JSON_DOCUMENT_NULL_KEY);
                members.put(Coercion.str(args[0]), JsonSite.value(args[1])); // the last duplicate key wins
            }

            @Override
            public Object result(FunctionContext ctx) {
                return members.isEmpty() ? null : JsonValue.object(members);
            }
        }));
    }
}
