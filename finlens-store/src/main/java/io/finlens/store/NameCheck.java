package io.finlens.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a company and a metric asked for are in the store at all, with the closest stored ones when not ("no
 * company 'Alphabtt' in the store; did you mean Alphabet (alphabet)?"), so a typo is told, not answered with nothing.
 */
final class NameCheck {
    private NameCheck() {
    }

    /**
     * Throws an {@link IllegalArgumentException} when {@code entity} or {@code metric} (each may be null) names nothing
     * stored; a store without facts takes any name (its answers are empty).
     */
    static void check(Library lib, String entity, String metric) {
        List<String> metrics = metrics(lib);
        if (metrics.isEmpty()) return; // an empty store: nothing to be mistaken about, the answer is empty
        if (entity != null) {
            String id = lib.entityId(entity);
            java.util.SortedMap<String, String> stored = lib.storedEntityNames();
            if (!stored.containsKey(id)) {
                Map<String, String> byName = new LinkedHashMap<>();
                stored.forEach((k, name) -> {
                    byName.putIfAbsent(name, name.equals(k) ? name : name + " (" + k + ")");
                    byName.putIfAbsent(k, name.equals(k) ? name : name + " (" + k + ")");
                });
                List<String> near = Suggestions.closest(entity, byName.keySet(), 3).stream().map(byName::get).distinct().toList();
                throw new IllegalArgumentException("no company " + quote(entity) + " in the store" + hint(near, stored.size() <= 12 ? stored.values() : List.of()));
            }
        }
        if (metric != null) {
            if (!metrics.contains(metric)) {
                throw new IllegalArgumentException("no metric " + quote(metric) + " among the stored facts" + hint(Suggestions.closest(metric, metrics, 3),
                        List.of()));
            }
        }
    }

    private static String hint(List<String> near, java.util.Collection<String> all) {
        if (!near.isEmpty()) return "; did you mean " + String.join(", ", near) + "?";
        if (!all.isEmpty()) return "; stored: " + String.join(", ", all);
        return "";
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }

    static List<String> metrics(Library lib) {
        List<String> out = new ArrayList<>();
        try (Connection c = lib.reader(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT metric FROM facts ORDER BY metric")) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (SQLException e) {
            throw new StoreException("listing metrics: " + e.getMessage(), e);
        }
        return out;
    }
}
