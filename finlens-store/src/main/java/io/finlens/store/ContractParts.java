package io.finlens.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.finlens.model.Change;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The parts of the contract JSON a stored row repeats, made from the analysis records instead of reading the written
 * contract back: code-point offsets (as the contract counts them) and a fact's {@code changes} array in the compact form
 * a JSON tree prints it (numbers with a fraction read as doubles, so {@code 0.13} and {@code 1.0E-4}, integers as
 * written). {@code PreparedRowsTest} holds these equal to the contract read back.
 */
final class ContractParts {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ContractParts() {
    }

    /** UTF-16 index to code-point index of one text, as the contract's offsets count. */
    static final class CodePoints {
        private final String text;
        private final boolean surrogates;

        CodePoints(String text) {
            this.text = text;
            boolean s = false;
            for (int i = 0; i < text.length() && !s; i++) s = Character.isSurrogate(text.charAt(i));
            this.surrogates = s;
        }

        int at(int utf16) {
            return surrogates ? text.codePointCount(0, utf16) : utf16;
        }
    }

    /** A fact's changes as the stored {@code changes} column holds them. */
    static String changes(List<Change> changes) {
        if (changes.isEmpty()) return "[]";
        StringWriter w = new StringWriter(48 * changes.size());
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartArray();
            for (Change c : changes) io.finlens.analysis.ContractJson.change(g, c, ContractParts::value);
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The contract writes a plain decimal; a JSON tree reads one with a fraction as a double and prints that. */
    private static void value(JsonGenerator g, BigDecimal v) throws IOException {
        String plain = plain(v);
        if (plain.indexOf('.') >= 0) g.writeNumber(Double.parseDouble(plain));
        else g.writeNumber(plain);
    }

    /** The contract's plain decimal: no exponent, no trailing zeros. */
    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString();
    }
}
