package cn.laowu.devkit.test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.objenesis.ObjenesisStd;
import org.springframework.stereotype.Component;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The beans of one registration point as main code declares them, found without starting Spring: a
 * {@code @Component} implementing the point is made without its collaborators (what a test reads of it,
 * such as {@code order()}, is a constant), and a {@code @Bean} method without arguments that returns
 * the point is called. Classes without {@code @Component}/{@code @Configuration} (test fixtures) are skipped.
 */
public final class Registrations {

    private static final ObjenesisStd OBJENESIS = new ObjenesisStd();

    private Registrations() {
    }

    public static <T> List<T> found(Class<T> point, String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(point));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Configuration.class));
        List<T> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = load(candidate.getBeanClassName());
            if (point.isAssignableFrom(type) && type.isAnnotationPresent(Component.class)) {
                found.add(point.cast(OBJENESIS.newInstance(type)));
            } else if (type.isAnnotationPresent(Configuration.class)) {
                found.addAll(madeBy(type, point));
            }
        }
        return found;
    }

    private static <T> List<T> madeBy(Class<?> configuration, Class<T> point) {
        List<T> made = new ArrayList<>();
        Object instance = null;
        for (Method method : configuration.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Bean.class) && method.getParameterCount() == 0
                    && point.isAssignableFrom(method.getReturnType())) {
                try {
                    instance = instance == null ? OBJENESIS.newInstance(configuration) : instance;
                    method.setAccessible(true);
                    made.add(point.cast(method.invoke(instance)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(configuration.getName() + "." + method.getName(), e);
                }
            }
        }
        return made;
    }

    /**
     * Order values held by more than one registration, each with its holders; empty when every value is
     * unique. Registrations with one order run (or show) in no defined order, so each needs its own.
     */
    public static <T> Map<Integer, List<String>> sharedOrders(List<T> registrations, ToIntFunction<T> order,
                                                              Function<T, String> name) {
        Map<Integer, List<String>> byOrder = new TreeMap<>();
        registrations.forEach(r -> byOrder.computeIfAbsent(order.applyAsInt(r), k -> new ArrayList<>()).add(name.apply(r)));
        byOrder.values().removeIf(holders -> holders.size() < 2);
        return byOrder;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
