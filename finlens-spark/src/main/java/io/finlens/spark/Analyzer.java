package io.finlens.spark;

import io.finlens.analysis.Finlens;
import io.finlens.store.Admission;
import io.finlens.store.Prepared;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Analyzes the documents of a partition, {@code (id, name, bytes)} rows, into {@link Datasets#ANALYZED} rows. One
 * {@link Finlens} per JVM (an executor's tasks share it: it is thread-safe), made on first use and reused by every
 * partition after. A document that cannot be analyzed becomes an issue row with its reason; nothing it does fails the
 * task.
 */
final class Analyzer implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** Instances made in this JVM (1 after any job: the test checks it). */
    static final AtomicInteger MADE = new AtomicInteger();

    /** The JVM's one Finlens, made when the first document arrives. */
    private static final class PerJvm {
        static final Finlens FINLENS = make();

        private static Finlens make() {
            MADE.incrementAndGet();
            return new Finlens();
        }
    }

    /**
     * The partition's rows are sorted by id, then name: of the same content under several names, the first name is
     * analyzed and the others passed over.
     */
    @Override
    public Iterator<Row> call(Iterator<Row> in) {
        return new Iterator<>() {
            private Row ahead = advance(null);

            private Row advance(String lastId) {
                while (in.hasNext()) {
                    Row r = in.next();
                    if (!r.getString(0).equals(lastId)) return r;
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return ahead != null;
            }

            @Override
            public Row next() {
                if (ahead == null) throw new java.util.NoSuchElementException();
                Row r = ahead;
                ahead = advance(r.getString(0));
                return analyze(r.getString(0), r.getString(1), (byte[]) r.get(2));
            }
        };
    }

    static Row analyze(String id, String name, byte[] bytes) {
        try {
            return Rows.analyzed(Prepared.analyze(PerJvm.FINLENS, name, bytes));
        } catch (Admission.RefusedException e) {
            return Rows.issue(id, name, bytes.length, e.refused().reason().code(), e.refused().message());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return Rows.issue(id, name, bytes.length, "failed", name + ": could not be analyzed: " + e);
        }
    }
}
