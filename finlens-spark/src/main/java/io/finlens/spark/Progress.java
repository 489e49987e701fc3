package io.finlens.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** A line per Spark stage as it ends (what it did, its tasks and seconds), and one at each quarter of a stage's tasks after its first two seconds. */
final class Progress extends SparkListener {
    private record Stage(String what, int tasks, long started, int[] done) {
    }

    private final PrintWriter err;
    private final Map<Integer, Stage> stages = new ConcurrentHashMap<>();

    Progress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted e) {
        String what = e.properties() == null ? null : e.properties().getProperty("spark.job.description");
        stages.put(e.stageInfo().stageId(), new Stage(what == null ? e.stageInfo().name() : what, e.stageInfo().numTasks(),
                System.nanoTime(), new int[1]));
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd e) {
        Stage s = stages.get(e.stageId());
        if (s == null || s.tasks() < 8) return;
        int done;
        synchronized (s) {
            done = ++s.done()[0];
        }
        boolean quarter = done * 4 / s.tasks() != (done - 1) * 4 / s.tasks();
        if (done < s.tasks() && quarter && System.nanoTime() - s.started() > 2_000_000_000L) {
            say("stage %d (%s): %d/%d tasks, %.1f s", e.stageId(), s.what(), done, s.tasks(), (System.nanoTime() - s.started()) / 1e9);
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted e) {
        Stage s = stages.remove(e.stageInfo().stageId());
        if (s == null) return;
        String failed = e.stageInfo().failureReason().isDefined() ? ", failed: " + e.stageInfo().failureReason().get().split("\n", 2)[0] : "";
        say("stage %d (%s): %d tasks done in %.1f s%s", e.stageInfo().stageId(), s.what(), s.tasks(),
                (System.nanoTime() - s.started()) / 1e9, failed);
    }

    private synchronized void say(String format, Object... args) {
        err.printf(Locale.ROOT, "corpus: " + format + "%n", args);
        err.flush();
    }
}
