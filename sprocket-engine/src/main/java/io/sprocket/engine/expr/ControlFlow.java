package io.sprocket.engine.expr;

import io.sprocket.engine.function.FunctionDefinition;
import io.sprocket.engine.type.SqlType;
import java.util.Arrays;
import java.util.List;

/**
 * IF, IFNULL and COALESCE evaluate only the branch they return (MySQL never evaluates the other one, so its
 * warnings and errors must not appear). Their result type still comes from the function library.
 */
final class ControlFlow {
    private ControlFlow() {}

    static BoundExpression compile(String name, FunctionDefinition def, BoundExpression[] args) {
        switch (name) {
            case "if", "ifnull", "coalesce" -> { }
            default -> {
                return null;
            }
        }
        def.checkArgumentCount(args.length);
        List<SqlType> types = Arrays.stream(args).map(BoundExpression::type).toList();
        SqlType type = def.resultType().infer(types, null);
        boolean constant = Arrays.stream(args).allMatch(BoundExpression::constant);
        Evaluator ev;
        switch (name) {
            case "if" -> {
                Evaluator cond = args[0].evaluator();
                Evaluator yes = TypeAggregation.coerce(args[1], type), no = TypeAggregation.coerce(args[2], type);
                ev = (row, ctx) -> {
                    Boolean t = Ops.truth(cond.eval(row, ctx), ctx.warnings());
                    return t != null && t ? yes.eval(row, ctx) : no.eval(row, ctx);
                };
            }
            case "ifnull" -> {
                Evaluator a = TypeAggregation.coerce(args[0], type), b = TypeAggregation.coerce(args[1], type);
                ev = (row, ctx) -> {
                    Object v = a.eval(row, ctx);
                    return v != null ? v : b.eval(row, ctx);
                };
            }
            default -> {
                Evaluator[] items = new Evaluator[args.length];
                for (int i = 0; i < items.length; i++) items[i] = TypeAggregation.coerce(args[i], type);
                ev = (row, ctx) -> {
                    for (Evaluator e : items) {
                        Object v = e.eval(row, ctx);
                        if (v != null) return v;
                    }
                    return null;
                };
            }
        }
        return new BoundExpression(ev, type, true, constant, null);
    }
}
