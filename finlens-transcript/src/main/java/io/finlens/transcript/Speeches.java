package io.finlens.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * The speeches a layout reads, in order: the one being read grows line by line until a speaker line opens the next or
 * a heading closes it.
 */
final class Speeches {
    private final List<Speech> done = new ArrayList<>();
    private Speech.Builder current;
    private int qaStart = -1;

    /** Closes the speech being read and goes on with {@code next}. */
    void open(Speech.Builder next) {
        close();
        current = next;
    }

    /** Closes the speech being read: what follows is no one's words until a speech opens. */
    void close() {
        if (current != null) done.add(current.build());
        current = null;
    }

    /** A Q&amp;A heading: closes the speech being read, and the next speech is the first of the Q&amp;A. */
    void startQa() {
        close();
        qaStart = done.size();
    }

    /** Extends the speech being read, when there is one, to {@code end}. */
    void extend(int end) {
        if (current != null) current.extend(end);
    }

    /** {@return every speech, the last one closed} */
    List<Speech> finish() {
        close();
        return done;
    }

    /** {@return the index of the first speech of the Q&amp;A, 0 when no heading marked it} */
    int qaStart() {
        return qaStart < 0 ? 0 : qaStart;
    }
}
