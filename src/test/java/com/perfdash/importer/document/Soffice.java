package com.perfdash.importer.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** LibreOffice for the tests that convert documents; absent on a machine without it (tests then skip). */
final class Soffice {

    private Soffice() {
    }

    static boolean present() {
        return LibreOffice.find().isPresent();
    }

    /** Converts {@code file} to {@code format} (pdf, docx, doc) beside it, in a profile of its own. */
    static Path convert(Path file, String format) throws IOException, InterruptedException {
        Path outDir = file.getParent();
        Path profile = Files.createTempDirectory(outDir, "lo-profile");
        Process p = new ProcessBuilder(LibreOffice.find().orElseThrow().toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", format, "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish in 180 s");
        }
        String name = file.getFileName().toString();
        Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        if (!Files.exists(out)) {
            throw new IOException("soffice made no " + out + ": " + Files.readString(outDir.resolve("soffice.log")));
        }
        return out;
    }
}
