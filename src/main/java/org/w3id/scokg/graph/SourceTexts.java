package org.w3id.scokg.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.ProjectFiles;

/**
 * The texts of the sources held in the repository, and the places of quotes in them. A quote must
 * stand in its source exactly once, character for character, curly quotes and dashes included.
 */
public final class SourceTexts {
    private final Map<String, String> texts = new HashMap<>();

    /** Loads the text of {@code key} from {@code file}, relative to the sources folder. */
    void load(String key, Path folder, String file, Location where) {
        Path path = folder.resolve(file).normalize();
        if (!path.startsWith(folder.normalize()) || !Files.isRegularFile(path)) {
            throw new InputException(where, "no source text at data/sources/" + file);
        }
        texts.put(key, ProjectFiles.readUtf8(path, "data/sources/" + file));
    }

    public boolean hasText(String key) {
        return texts.containsKey(key);
    }

    /** The start of the quote's one occurrence in the source (0-based), or a problem. */
    int locate(String key, String quote, Location where) {
        String text = texts.get(key);
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new InputException(where, "the quote is not in source '" + key + "' verbatim: \"" + abbreviate(quote) + "\"");
        }
        if (text.indexOf(quote, start + 1) >= 0) {
            throw new InputException(where, "the quote stands more than once in source '" + key
                    + "'; quote enough of the sentence to make it unique");
        }
        return start;
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 70 ? quote : quote.substring(0, 67) + "...";
    }
}
