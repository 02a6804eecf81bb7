package com.perfdash.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a load reads, in order: every data set folder of the data folder, then every accepted import
 * batch of the import folder (oldest first). A report of an import batch supersedes the same unit-year
 * from the data folder or from an earlier batch; the superseded version stays in the report history.
 * A batch holding a file named {@value #WITHDRAWN} is skipped (kept on disk, no longer applied). A batch
 * the import made (it holds {@value #MANIFEST}) is read only once its first load committed, which its
 * file {@value #COMMITTED} says (written after that commit); without it, the import was interrupted
 * (see {@link #interrupted}) and the batch waits for a decision.
 *
 * @param dataDir   the data folder ({@code data/})
 * @param importDir the import folder, or null when imports are not used
 * @param candidate a batch not yet accepted, read after every accepted batch (an import's preview
 *                  loads it in a dry run before it is moved into the import folder), or null
 */
public record LoadSources(Path dataDir, Path importDir, Path candidate) {

    public LoadSources(Path dataDir, Path importDir) {
        this(dataDir, importDir, null);
    }

    public static final String WITHDRAWN = "WITHDRAWN";
    /** Written into an import's batch after the database committed its load: from then on the batch is active. */
    public static final String COMMITTED = "COMMITTED";
    /** The import's record of the uploaded files; a batch holding it was made by the import. */
    public static final String MANIFEST = "manifest.csv";
    static final String DATA_GROUP = "data";

    public static LoadSources dataOnly(Path dataDir) {
        return new LoadSources(dataDir, null);
    }

    /** These sources with {@code batch} read last, as if it were the newest accepted batch. */
    public LoadSources withCandidate(Path batch) {
        return new LoadSources(dataDir, importDir, batch);
    }

    /** How messages and the report history name the candidate batch: {@code imports/<folder name>}. */
    public static String batchLabel(Path batch) {
        return "imports/" + batch.getFileName();
    }

    /** The folders to read, in load order; the data folder must exist, the import folder may not. */
    public List<DataSetSource> list() {
        if (!Files.isDirectory(dataDir)) {
            throw new DataLoadException(List.of(new LoadProblem(dataDir.toString(), null, null,
                    LoadText.DATA_FOLDER_MISSING)));
        }
        List<DataSetSource> sources = new ArrayList<>();
        for (Path set : dataSetFolders(dataDir)) {
            sources.add(new DataSetSource(set, set.getFileName().toString(), DATA_GROUP, sources.size()));
        }
        if (importDir != null && Files.isDirectory(importDir)) {
            for (Path batch : dataSetFolders(importDir)) {
                if (Files.exists(batch.resolve(WITHDRAWN)) || interrupted(batch) || batch.equals(candidate)) {
                    continue;
                }
                String label = batchLabel(batch);
                sources.add(new DataSetSource(batch, label, label, sources.size()));
            }
        }
        if (candidate != null) {
            String label = batchLabel(candidate);
            sources.add(new DataSetSource(candidate, label, label, sources.size()));
        }
        return sources;
    }

    /**
     * Whether {@code batch} is an import whose load never committed (the app stopped in between): made
     * by the import (a manifest) but without its {@value #COMMITTED} file. A batch placed by hand (no
     * manifest, or only a data set's manifest, see {@link DataSetManifest}) is loaded as it is.
     */
    public static boolean interrupted(Path batch) {
        return Files.isRegularFile(batch.resolve(MANIFEST)) && !Files.exists(batch.resolve(COMMITTED))
                && !DataSetManifest.present(batch);
    }

    /** The batch folders of the import folder (with a data file), by name, whatever their state. */
    public List<Path> batches() {
        return importDir == null || !Files.isDirectory(importDir) ? List.of() : dataSetFolders(importDir);
    }

    /** Direct subfolders holding at least one file of the format, by name. */
    static List<Path> dataSetFolders(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .filter(d -> DataFormat.FILES.stream().anyMatch(f -> Files.isRegularFile(d.resolve(f.fileName()))))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new DataLoadException(List.of(new LoadProblem(dir.toString(), null, null,
                    LoadText.FOLDER_UNREADABLE, String.valueOf(e.getMessage()))));
        }
    }
}
