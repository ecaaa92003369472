package kz.gov.tsa.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.DateFormat;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.Separator;

/**
 * Finds the query, path and header parameters of a resource method whose text is converted by a factory method
 * ({@code valueOf}, {@code fromString}, {@code parse}, {@code of}) or a {@code String} constructor, so that a value
 * the factory refuses ({@link IllegalArgumentException}, {@link DateTimeException}) is reported as a 400 naming the
 * parameter before Quarkus REST converts it (which would answer 404 or 500). The conversion itself stays Quarkus
 * REST's; parameters with {@code @DateFormat} or {@code @Separator}, strings and booleans are not checked.
 */
final class ParamConversions {

    /** Where a parameter's text comes from. */
    enum Source { QUERY, PATH, HEADER }

    /** A parameter to check: its source, name and the factory that parses one of its values. */
    record Check(Source source, String name, Function<String, ?> parse) {
    }

    private static final List<String> FACTORIES = List.of("valueOf", "fromString", "parse", "of");

    private ParamConversions() {
    }

    static List<Check> checks(Method method) {
        List<Check> checks = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Optional<Source> source = source(parameter);
            String name = name(parameter);
            if (source.isEmpty() || name == null || skipped(parameter)) {
                continue;
            }
            factory(elementType(parameter.getParameterizedType()))
                    .ifPresent(parse -> checks.add(new Check(source.get(), name, parse)));
        }
        return List.copyOf(checks);
    }

    /** True if {@code value} is refused by the parameter's factory with a client-error exception. */
    static boolean refuses(Check check, String value) {
        try {
            check.parse().apply(value);
            return false;
        } catch (IllegalArgumentException | DateTimeException e) {
            return true;
        } catch (RuntimeException e) {
            return false; // not a statement about the value: Quarkus REST decides
        }
    }

    private static Optional<Source> source(Parameter p) {
        if (p.isAnnotationPresent(QueryParam.class) || p.isAnnotationPresent(RestQuery.class)) {
            return Optional.of(Source.QUERY);
        }
        if (p.isAnnotationPresent(PathParam.class) || p.isAnnotationPresent(RestPath.class)) {
            return Optional.of(Source.PATH);
        }
        if (p.isAnnotationPresent(HeaderParam.class) || p.isAnnotationPresent(RestHeader.class)) {
            return Optional.of(Source.HEADER);
        }
        return Optional.empty();
    }

    private static String name(Parameter p) {
        String name = null;
        for (Annotation a : p.getAnnotations()) {
            name = switch (a) {
                case QueryParam q -> q.value();
                case PathParam q -> q.value();
                case HeaderParam q -> q.value();
                case RestQuery q -> orParameterName(q.value(), p);
                case RestPath q -> orParameterName(q.value(), p);
                case RestHeader q -> q.value().isEmpty() ? null : q.value();
                default -> name;
            };
        }
        return name == null || name.isEmpty() ? null : name;
    }

    private static String orParameterName(String value, Parameter p) {
        return !value.isEmpty() ? value : p.isNamePresent() ? p.getName() : null;
    }

    private static boolean skipped(Parameter p) {
        return p.isAnnotationPresent(DateFormat.class) || p.isAnnotationPresent(Separator.class);
    }

    /** {@code T} of {@code T}, {@code List<T>}, {@code Set<T>}, {@code Optional<T>}, {@code T[]}. */
    private static Class<?> elementType(Type type) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? c.getComponentType() : c;
        }
        if (type instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || raw == Optional.class)
                && pt.getActualTypeArguments().length == 1 && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Optional<Function<String, ?>> factory(Class<?> type) {
        if (type == null || type == String.class || type == Object.class || type == boolean.class
                || type == Boolean.class || type == char.class || type == Character.class) {
            return Optional.empty();
        }
        Class<?> target = type.isPrimitive() ? wrapper(type) : type;
        if (target.isEnum()) {
            return staticFactory(target, "fromString").or(() -> staticFactory(target, "valueOf"));
        }
        return constructor(target).or(() -> FACTORIES.stream().map(n -> staticFactory(target, n))
                .flatMap(Optional::stream).findFirst());
    }

    private static Optional<Function<String, ?>> constructor(Class<?> type) {
        try {
            Constructor<?> c = type.getConstructor(String.class);
            return Optional.of(value -> invoke(() -> c.newInstance(value)));
        } catch (NoSuchMethodException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Optional<Function<String, ?>> staticFactory(Class<?> type, String name) {
        for (Class<?> argument : List.of(String.class, CharSequence.class)) {
            try {
                Method m = type.getMethod(name, argument);
                if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
                    return Optional.of(value -> invoke(() -> m.invoke(null, value)));
                }
            } catch (NoSuchMethodException | SecurityException e) {
                // try the next signature
            }
        }
        return Optional.empty();
    }

    private interface Reflective {
        Object call() throws ReflectiveOperationException;
    }

    private static Object invoke(Reflective call) {
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> wrapper(Class<?> primitive) {
        return switch (primitive.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            default -> primitive;
        };
    }
}
