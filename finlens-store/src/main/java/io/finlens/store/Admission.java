package io.finlens.store;

import io.finlens.analysis.Analysis;
import io.finlens.model.Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * What may be stored (and what {@code analyze} reports as not read): a document of at most {@link #MAX_BYTES} bytes
 * whose reading gave some text. Everything else is refused with a reason, stored nowhere, and so tried again by the
 * next ingest. The limit bounds memory per analysis worker (about 30 bytes of heap per byte of text while analyzing).
 */
public final class Admission {
    /** The largest document read: 16 MiB of bytes (about 8 million Chinese characters). */
    public static final long MAX_BYTES = 16L << 20;

    private Admission() {
    }

    /** Why a document cannot be stored. */
    public enum Reason {
        /** the reader got no text from it (binary data, a broken PDF, DOCX or HTML) */
        UNREADABLE,
        /** the file holds nothing, or only white space */
        EMPTY,
        /** larger than {@link #MAX_BYTES}, or a DOCX whose text expands past its reader's bound */
        TOO_LARGE,
        /** the analysis ran out of memory */
        OUT_OF_MEMORY;

        /** The problem type and the word the CLI prints: unreadable, empty, too-large, out-of-memory. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Refuses a document before reading it when its size is over the limit; null when it may be read. */
    public static Refused checkSize(String name, long bytes) {
        if (bytes > MAX_BYTES) {
            return new Refused(Reason.TOO_LARGE, name + ": " + bytes + " bytes, more than the limit of " + MAX_BYTES
                    + " bytes (16 MiB); split the document");
        }
        if (bytes == 0) return new Refused(Reason.EMPTY, name + ": empty file");
        return null;
    }

    /** Refuses an analysis that got no text; null when it may be stored. */
    public static Refused check(String name, Analysis a) {
        if (!a.original().isBlank()) return null;
        List<String> why = new ArrayList<>();
        boolean tooLarge = false;
        for (Issue i : a.issues()) {
            if (!i.code().startsWith("input.")) continue;
            why.add(i.message());
            tooLarge |= i.code().endsWith("-too-large");
        }
        if (why.isEmpty()) return new Refused(Reason.EMPTY, name + ": no text after reading (empty or only white space)");
        return new Refused(tooLarge ? Reason.TOO_LARGE : Reason.UNREADABLE, String.join("; ", why));
    }

    /** The refusal for an analysis that ran out of memory. */
    public static Refused outOfMemory(String name, long bytes) {
        return new Refused(Reason.OUT_OF_MEMORY, name + ": out of memory while analyzing " + bytes
                + " bytes (give the JVM more heap, e.g. JAVA_OPTS=-Xmx4g, or use fewer --threads)");
    }

    /** A document refused, with the reason and a message naming it. */
    public record Refused(Reason reason, String message) {
        public Refused {
            java.util.Objects.requireNonNull(reason, "reason");
            java.util.Objects.requireNonNull(message, "message");
        }

        public RefusedException exception() {
            return new RefusedException(this);
        }
    }

    /** Thrown by {@link Library#store} for a document it does not store. */
    public static final class RefusedException extends RuntimeException {
        private final Refused refused;

        RefusedException(Refused refused) {
            super(refused.message());
            this.refused = refused;
        }

        public Refused refused() {
            return refused;
        }
    }
}
