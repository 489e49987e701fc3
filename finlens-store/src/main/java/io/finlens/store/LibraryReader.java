package io.finlens.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The reading side of a {@link Library}: stored documents (listed, counted, one summary or everything stored for one)
 * and the names of stored entities. Each read takes a fresh connection, so reads may come from any thread while a
 * write runs.
 */
final class LibraryReader {
    private final LibraryState state;

    LibraryReader(LibraryState state) {
        this.state = state;
    }

    private static final String DOC_COLUMNS = "id, name, language, title, entity, entity_id, period, chars, fact_count, check_count, exchange_count";

    private static StoredDocument doc(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), false);
    }

    /** A page of the stored documents, in the order they were stored. */
    List<StoredDocument> documents(int offset, int limit) {
        if (offset < 0) throw new IllegalArgumentException("offset < 0: " + offset);
        if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
        List<StoredDocument> out = new ArrayList<>();
        try (Connection c = state.reader(); PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS + " FROM documents ORDER BY seq LIMIT ? OFFSET ?")) {
            ps.setLong(1, limit);
            ps.setLong(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(doc(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("listing documents: " + e.getMessage(), e);
        }
        return out;
    }

    /** How many documents and facts the store holds. */
    long[] counts() {
        try (Connection c = state.reader(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM facts)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new StoreException("counting: " + e.getMessage(), e);
        }
    }

    /** One document's summary, if stored. */
    Optional<StoredDocument> summary(String id) {
        Objects.requireNonNull(id, "id");
        try (Connection c = state.reader(); PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS + " FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(doc(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading document " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Everything stored for one document: facts (read by {@code facts}), checks, the transcript and the contract JSON,
     * and the text.
     */
    Optional<DocumentDetail> document(String id, Function<FactQuery, List<StoredFact>> facts) {
        Objects.requireNonNull(id, "id");
        try (Connection c = state.reader(); PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS + ", text, contract FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            StoredDocument d;
            String text;
            String contract;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                d = doc(rs);
                text = rs.getString(12);
                contract = Prepared.inflate(rs.getBytes(13));
            }
            List<StoredCheck> checks = new ArrayList<>();
            try (PreparedStatement cs = c.prepareStatement("SELECT rule, status, fact_ids, expected, actual, message FROM checks WHERE doc_id = ? ORDER BY idx")) {
                cs.setString(1, id);
                try (ResultSet rs = cs.executeQuery()) {
                    while (rs.next()) {
                        String ids = rs.getString(3);
                        checks.add(new StoredCheck(id, rs.getString(1), rs.getString(2), ids.isEmpty() ? List.of() : List.of(ids.split(",")),
                                Library.plain(rs.getBigDecimal(4)), Library.plain(rs.getBigDecimal(5)), rs.getString(6)));
                    }
                }
            }
            JsonNode t = Prepared.JSON.readTree(contract).path("transcript");
            return Optional.of(new DocumentDetail(d, text, contract, facts.apply(FactQuery.all().withDocument(id)), checks,
                    t.isMissingNode() ? "null" : t.toString()));
        } catch (SQLException | IOException e) {
            throw new StoreException("reading document " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * The id a name means (腾讯, Tencent → tencent). When no stored fact has that id but exactly one stored id starts
     * with the name's normalized form, that one (Harbor → harborfreightways).
     */
    String entityId(String name) {
        String id = state.entities.resolve(name);
        String key = Entities.key(name);
        NavigableMap<String, String> stored = state.storedEntities();
        if (key.isEmpty() || stored.containsKey(id)) return id;
        SortedMap<String, String> prefixed = stored.subMap(key, key + Character.MAX_VALUE);
        return prefixed.size() == 1 ? prefixed.firstKey() : id;
    }

    /** The stored entity ids, each with the name to show (the lexicon's canonical name, else the most common spelling). */
    SortedMap<String, String> storedEntityNames() {
        SortedMap<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : state.storedEntities().entrySet()) out.put(e.getKey(), entityName(e.getKey()));
        return out;
    }

    /** The name to show for an entity id: the lexicon's canonical name, else the most common stored spelling. */
    String entityName(String id) {
        String c = state.entities.canonicalName(id);
        if (c != null) return c;
        return state.storedEntities().getOrDefault(id, id);
    }
}
