package org.w3id.scokg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project copy with two acts on one document of one date, for the checks that such acts come in
 * the order of a document's life (submission, adoption, ...), not of their names or kinds. The real
 * data had one such pair until 5 December 2026, resolution 53/70's submission and adoption, both
 * known as "1998"; since the adoption is dated 4 December 1998 by two stored pages it has none, so
 * the copy dates the adoption by its year again, as the tables had it.
 */
public final class SameDateActs {
    /** The document whose two acts share a date in the copy, and its acts in the order of its life. */
    public static final String DOCUMENT = "ga-res-53-70";

    public static final String SUBMISSION = "ga-res-53-70-submission";
    public static final String ADOPTION = "ga-res-53-70-adoption";

    private static final String DATED = "ga-res-53-70-adoption,Adoption,ga-res-53-70,organization/UNGA,1998-12-04,,,,un-disarmament-infosec;interaffairs-oewg-2023,,"
            + "interaffairs-oewg-2023;garant-ga-infosec-resolution-ru,";
    private static final String BY_ITS_YEAR = "ga-res-53-70-adoption,Adoption,ga-res-53-70,organization/UNGA,1998,,,,un-disarmament-infosec;interaffairs-oewg-2023,,,";

    private SameDateActs() {}

    /** Copies the project into {@code folder} with the adoption known by its year; fails if the table no longer holds the row it edits. */
    public static Path into(Path folder) {
        Path project = ProjectCopy.into(folder);
        Path acts = project.resolve("data/acts.csv");
        try {
            String table = Files.readString(acts);
            if (!table.contains(DATED)) throw new IllegalStateException("data/acts.csv no longer holds the row the fixture edits: " + DATED);
            Files.writeString(acts, table.replace(DATED, BY_ITS_YEAR));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }
}
