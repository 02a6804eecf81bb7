package com.perfdash.ingest.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The default spec's output, generated once per test run into {@code target/} and shared by the test
 * classes, together with the defects the generator reported while writing it.
 */
final class DefaultDataSet {

    final Path folder;
    final DemoSummary summary;
    final List<InjectedDefect> defects;
    final DemoFiles files;

    private static DefaultDataSet instance;

    private DefaultDataSet(Path folder) throws IOException {
        this.folder = folder;
        List<InjectedDefect> planted = new ArrayList<>();
        this.summary = new DemoDistrictGenerator(DemoSpec.defaults()).writeTo(folder, planted::add);
        this.defects = List.copyOf(planted);
        this.files = new DemoFiles(folder);
    }

    static synchronized DefaultDataSet get() {
        if (instance == null) {
            try {
                // the test JVM's own folder: two JVMs writing one folder would read each other's half-written files
                instance = new DefaultDataSet(com.perfdash.TestDatabase.WORK.resolve("test-demo-default"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }
}
