package cn.laowu.admin.security;

import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of the console (the archive, jobs, brokers...): its entries in the navigation and
 * who may reach its URLs. A feature adds a section by declaring a bean of this type; the security
 * configuration and the layout read them all, so neither changes when a feature arrives.
 * Sections own disjoint URL prefixes; within one, rules are checked in the order given, so the
 * narrower ones come first.
 *
 * @param order where its entries sit in the navigation (lower first)
 */
public record ConsoleSection(int order, List<NavEntry> nav, List<UrlRule> rules) {

    /** A link in the navigation, shown to those with the permission. */
    public record NavEntry(String href, String label, Permission permission) {
    }

    /** @param method null for every method */
    public record UrlRule(HttpMethod method, List<String> patterns, Permission permission) {
    }

    public static ConsoleSection at(int order) {
        return new ConsoleSection(order, List.of(), List.of());
    }

    public ConsoleSection nav(String href, String label, Permission permission) {
        List<NavEntry> entries = new ArrayList<>(nav);
        entries.add(new NavEntry(href, label, permission));
        return new ConsoleSection(order, List.copyOf(entries), rules);
    }

    /** Any method on these URLs needs the permission. */
    public ConsoleSection allow(Permission permission, String... patterns) {
        return rule(null, permission, patterns);
    }

    /** Changes (POST) to these URLs need the permission. */
    public ConsoleSection allowPost(Permission permission, String... patterns) {
        return rule(HttpMethod.POST, permission, patterns);
    }

    private ConsoleSection rule(HttpMethod method, Permission permission, String... patterns) {
        List<UrlRule> all = new ArrayList<>(rules);
        all.add(new UrlRule(method, List.of(patterns), permission));
        return new ConsoleSection(order, nav, List.copyOf(all));
    }
}
