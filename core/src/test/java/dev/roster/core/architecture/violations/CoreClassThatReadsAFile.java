package dev.roster.core.architecture.violations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks the I/O rule on purpose; lives in test sources, so the main rules never see it. */
public final class CoreClassThatReadsAFile {
    public String read(Path path) throws IOException {
        return Files.readString(path);
    }
}
