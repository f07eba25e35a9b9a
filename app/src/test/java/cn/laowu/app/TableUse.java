package cn.laowu.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables one source file names, read from its text rather than its classes: SQL in string literals
 * and text blocks (MyBatis annotations included), mapper XML, entities' {@code @TableName}, and the
 * feature mappers it imports. Reading sources lets the rule cover {@code embedded}, which the app's
 * test classpath does not hold.
 */
final class TableUse {

    private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile(
            "(?i)\\b(?:from|join|into|update)\\s+`?([a-z_][a-z_0-9]*)`?((?:\\s*(?:[a-z_][a-z_0-9]*\\s*)?,\\s*`?[a-z_][a-z_0-9]*`?)*)");
    private static final Pattern MORE_TABLES = Pattern.compile("(?i),\\s*`?([a-z_][a-z_0-9]*)");
    private static final Pattern TABLE_NAME = Pattern.compile("@TableName\\(\\s*(?:value\\s*=\\s*)?\"([a-z_0-9]+)\"");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern NAMESPACE = Pattern.compile("<mapper\\s+namespace=\"([\\w.]+)\\.\\w+\"");
    private static final Pattern MAPPER_IMPORT = Pattern.compile("(?m)^import\\s+(cn\\.laowu\\.core\\.\\w+)\\.(\\w+Mapper)\\s*;");

    private TableUse() {
    }

    /** The package a Java source declares, or a mapper XML's namespace package. */
    static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        Matcher ns = NAMESPACE.matcher(text);
        return ns.find() ? ns.group(1) : "";
    }

    /** The feature a package belongs to: {@code cn.laowu.core.x} for anything under it, else the package itself. */
    static String featureOf(String pkg) {
        String core = "cn.laowu.core.";
        if (!pkg.startsWith(core)) {
            return pkg;
        }
        int dot = pkg.indexOf('.', core.length());
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    /**
     * Every use in one file of a table its feature does not own, as "table (owned by …)" lines; known
     * tables only, so a word like "from" in a message is no finding.
     */
    static List<String> foreignTables(String text, boolean xml, Map<String, String> ownerOfTable) {
        String feature = featureOf(packageOf(text));
        String sql = xml ? text : literalsOf(text);
        Set<String> used = new LinkedHashSet<>();
        Matcher m = TABLE_AFTER_KEYWORD.matcher(sql);
        while (m.find()) {
            used.add(m.group(1).toLowerCase());
            Matcher more = MORE_TABLES.matcher(m.group(2));
            while (more.find()) {
                used.add(more.group(1).toLowerCase());
            }
        }
        Matcher entity = TABLE_NAME.matcher(text);
        while (entity.find()) {
            used.add(entity.group(1));
        }
        List<String> foreign = new ArrayList<>();
        for (String table : used) {
            String owner = ownerOfTable.get(table);
            if (owner != null && !owner.equals(feature)) {
                foreign.add(table + " (owned by " + owner + ")");
            }
        }
        Matcher mapper = MAPPER_IMPORT.matcher(text);
        while (mapper.find()) {
            if (!mapper.group(1).equals(feature)) {
                foreign.add(mapper.group(2) + " (mapper of " + mapper.group(1) + ")");
            }
        }
        return foreign;
    }

    /**
     * The contents of every string literal and text block, comments and char literals skipped. Literals
     * joined by {@code +} read as one text; any other code between two ends a statement, so two
     * arguments ({@code "UPDATE", "region"}) never read as SQL.
     */
    static String literalsOf(String java) {
        StringBuilder out = new StringBuilder();
        StringBuilder between = new StringBuilder();
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                i = java.indexOf('\n', i) < 0 ? n : java.indexOf('\n', i);
            } else if (java.startsWith("/*", i)) {
                int end = java.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                out.append(separator(between)).append(java, i + 3, end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && java.charAt(j) != c && java.charAt(j) != '\n') {
                    j += java.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.append(separator(between)).append(java, i + 1, Math.min(j, n));
                } else {
                    between.append('x');
                }
                i = j + 1;
            } else {
                between.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String separator(StringBuilder between) {
        String code = between.toString().strip();
        between.setLength(0);
        return code.equals("+") ? " " : " ; ";
    }
}
