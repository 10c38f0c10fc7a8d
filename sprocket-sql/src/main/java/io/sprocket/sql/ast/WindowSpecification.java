package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code ([base] [PARTITION BY ..] [ORDER BY ..] [frame])}.
 *
 * @param baseWindow nullable
 * @param frame nullable
 */
public record WindowSpecification(String baseWindow, List<Expression> partitionBy, List<OrderItem> orderBy, WindowFrame frame) implements WindowReference {
    public WindowSpecification {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }
}
