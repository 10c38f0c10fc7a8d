package io.sprocket.engine.catalog;

import io.sprocket.engine.row.RowCodec;
import io.sprocket.sql.ast.Node;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores AST expressions (CHECK conditions, DEFAULT (expr)) in the catalog exactly as parsed, by walking the AST
 * records' components. Exact round trips without depending on formatter and parser agreeing; the price is that
 * renaming an AST record or component changes the stored format (bump {@link CatalogStore#FORMAT_VERSION}).
 */
final class AstCodec {
    private static final String AST_PACKAGE = "io.sprocket.sql.ast.";
    private static final byte NULL = 0, STRING = 1, INT = 2, LONG = 3, BOOL = 4, DOUBLE = 5, BIG_INTEGER = 6,
            BIG_DECIMAL = 7, ENUM = 8, LIST = 9, RECORD = 10;
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private AstCodec() {
    }

    static void write(RowCodec.Writer w, Object value) {
        switch (value) {
            case null -> w.write(NULL);
            case String s -> {
                w.write(STRING);
                w.string(s);
            }
            case Integer i -> {
                w.write(INT);
                w.zigzag(i);
            }
            case Long l -> {
                w.write(LONG);
                w.zigzag(l);
            }
            case Boolean b -> {
                w.write(BOOL);
                w.bool(b);
            }
            case Double d -> {
                w.write(DOUBLE);
                w.fixed64(Double.doubleToRawLongBits(d));
            }
            case BigInteger b -> {
                w.write(BIG_INTEGER);
                w.bytes(b.toByteArray());
            }
            case BigDecimal d -> {
                w.write(BIG_DECIMAL);
                w.zigzag(d.scale());
                w.bytes(d.unscaledValue().toByteArray());
            }
            case Enum<?> e -> {
                w.write(ENUM);
                w.string(className(e.getDeclaringClass()));
                w.string(e.name());
            }
            case List<?> list -> {
                w.write(LIST);
                w.varint(list.size());
                for (Object o : list) write(w, o);
            }
            case Record r -> {
                w.write(RECORD);
                w.string(className(r.getClass()));
                try {
                    for (RecordComponent c : r.getClass().getRecordComponents()) write(w, c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            default -> throw new IllegalArgumentException("cannot store " + value.getClass());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object read(RowCodec.Reader r) {
        byte tag = r.read();
        try {
            return switch (tag) {
                case NULL -> null;
                case STRING -> r.string();
                case INT -> (int) r.zigzag();
                case LONG -> r.zigzag();
                case BOOL -> r.bool();
                case DOUBLE -> Double.longBitsToDouble(r.fixed64());
                case BIG_INTEGER -> new BigInteger(r.bytes());
                case BIG_DECIMAL -> {
                    int scale = (int) r.zigzag();
                    yield new BigDecimal(new BigInteger(r.bytes()), scale);
                }
                case ENUM -> {
                    Class enumClass = forName(r.string());
                    yield Enum.valueOf(enumClass, r.string());
                }
                case LIST -> {
                    int n = (int) r.varint();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) list.add(read(r));
                    yield list;
                }
                case RECORD -> {
                    Class<?> type = forName(r.string());
                    Constructor<?> ctor = CONSTRUCTORS.computeIfAbsent(type, AstCodec::canonicalConstructor);
                    Object[] args = new Object[ctor.getParameterCount()];
                    Class<?>[] types = ctor.getParameterTypes();
                    for (int i = 0; i < args.length; i++) {
                        Object v = read(r);
                        if (v == null && types[i].isPrimitive()) v = types[i] == boolean.class ? false : 0;
                        args[i] = v;
                    }
                    yield ctor.newInstance(args);
                }
                default -> throw new IllegalStateException("corrupt catalog entry: AST tag " + tag);
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read stored expression", e);
        }
    }

    private static String className(Class<?> c) {
        String name = c.getName();
        return name.startsWith(AST_PACKAGE) ? name.substring(AST_PACKAGE.length()) : name;
    }

    private static Class<?> forName(String name) throws ClassNotFoundException {
        Class<?> c = Class.forName(name.contains(".") ? name : AST_PACKAGE + name);
        if (!Node.class.isAssignableFrom(c) && !c.isEnum()) throw new ClassNotFoundException(name);
        return c;
    }

    private static Constructor<?> canonicalConstructor(Class<?> type) {
        try {
            Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            return type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
