package com.perfdash.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Whether the files of some data set folders have settled: a set is loaded only when none of its files
 * changed for a quiet period. Files last modified longer ago than that count as settled at once (no
 * waiting at start for files that were there already); otherwise the folders are looked at again after
 * the quiet period, until two looks in a row find every file with the same size and modification time.
 */
final class FileStability {

    /** Waits between two looks; tests count the waits instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private record Look(long size, long modifiedMillis) {
    }

    private final long quietMillis;
    private final int maxLooks;
    private final LongSupplier nowMillis;
    private final Sleeper sleeper;

    FileStability(long quietMillis, int maxLooks, LongSupplier nowMillis, Sleeper sleeper) {
        this.quietMillis = quietMillis;
        this.maxLooks = maxLooks;
        this.nowMillis = nowMillis;
        this.sleeper = sleeper;
    }

    /**
     * Returns once the files of {@code folders} have settled; throws {@link DataLoadException} naming the
     * files that were still changing after {@code maxLooks} looks.
     *
     * @param labels how messages name each folder ({@code demo}), in the order of {@code folders}
     */
    void awaitSettled(List<Path> folders, List<String> labels) {
        Map<String, Look> last = look(folders, labels);
        Map<String, Look> previous = last;
        for (int n = 1; ; n++) {
            long newest = last.values().stream().mapToLong(Look::modifiedMillis).max().orElse(Long.MIN_VALUE);
            if (newest == Long.MIN_VALUE || nowMillis.getAsLong() - newest >= quietMillis) {
                return; // nothing touched within the quiet period
            }
            if (n >= maxLooks) {
                throw new DataLoadException(changing(previous, last));
            }
            try {
                sleeper.sleep(quietMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DataLoadException(List.of(new LoadProblem(String.join(", ", labels), null, null,
                        "interrupted while waiting for the files to settle")));
            }
            Map<String, Look> next = look(folders, labels);
            if (next.equals(last)) {
                return; // unchanged across two looks a quiet period apart
            }
            previous = last;
            last = next;
        }
    }

    private List<LoadProblem> changing(Map<String, Look> before, Map<String, Look> after) {
        List<LoadProblem> problems = new ArrayList<>();
        long now = nowMillis.getAsLong();
        boolean anyChanged = after.entrySet().stream().anyMatch(e -> !e.getValue().equals(before.get(e.getKey())));
        after.forEach((name, look) -> {
            // the files that changed between the last two looks; when none did, those modified within the period
            if (anyChanged ? !look.equals(before.get(name)) : now - look.modifiedMillis() < quietMillis) {
                problems.add(new LoadProblem(name, null, null, "the file is still changing (modified within the last "
                        + quietMillis + " ms, " + maxLooks + " looks): the set is loaded once its files have settled"));
            }
        });
        return problems;
    }

    private static Map<String, Look> look(List<Path> folders, List<String> labels) {
        Map<String, Look> looks = new TreeMap<>();
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            String label = labels.get(i);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        looks.put(label + "/" + f.getFileName(), new Look(a.size(), a.lastModifiedTime().toMillis()));
                    }
                }
            } catch (IOException e) {
                looks.put(label, new Look(-1, nowMillisUnknown()));
            }
        }
        return looks;
    }

    /** A folder that cannot be listed (being moved, deleted) counts as just changed. */
    private static long nowMillisUnknown() {
        return System.currentTimeMillis();
    }
}
