package io.finlens.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The transcript cases under {@code src/test/resources/cases/transcript/}: invented documents (text, or lines joined
 * with line breaks) and what must be read from them, or {@code "expect": null} when they hold no call.
 *
 * <p>An expected transcript is {@code {"layout", "participants"?, "exchanges"}}. Participants, when listed, must be
 * exactly these in this order, each checked on the fields it states ({@code name, role, title, firm,
 * firm_as_written, aliases}). Each exchange states {@code analyst}, {@code firm} (null included), {@code speakers}
 * (consecutive turns merged), and optionally {@code firm_as_written}, {@code topics} (exactly), {@code parts} (how
 * many numbered parts the question has), {@code question_starts} and {@code last_turn_ends} (the original text at the
 * first turn's start and the last turn's end).
 */
final class TranscriptCases {
    static final List<String> FILES = List.of("zh.json", "en.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TranscriptCases() {
    }

    record Case(String file, int index, String name, String why, String text, JsonNode expect) {
        @Override
        public String toString() {
            return file.replace(".json", "") + " #" + index + " " + name;
        }
    }

    static List<Case> load(String file) {
        String resource = "/cases/transcript/" + file;
        try (InputStream in = TranscriptCases.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            List<Case> out = new ArrayList<>();
            int i = 0;
            for (JsonNode c : JSON.readTree(in)) {
                String text;
                if (c.has("lines")) {
                    List<String> lines = new ArrayList<>();
                    for (JsonNode l : c.get("lines")) lines.add(l.asText());
                    text = String.join("\n", lines) + "\n";
                } else {
                    text = c.get("text").asText();
                }
                out.add(new Case(file, i++, c.get("name").asText(), c.path("why").asText(""), text, c.get("expect")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> all() {
        List<Case> all = new ArrayList<>();
        for (String f : FILES) all.addAll(load(f));
        return all;
    }
}
