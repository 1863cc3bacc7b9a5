package org.w3id.scokg.project;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a build's output was made from, as text that two runs can compare: the SHA-256 of every file
 * under the project's {@code ontology/}, {@code data/} and {@code queries/}, by path, in the format
 * {@code sha256sum} reads; then the SHA-256 of sco-kg's own code (its jar, or every file of the
 * folder of classes it runs from; the libraries beside a folder of classes are not counted); then
 * the settings the caller names. Equal texts mean the same inputs, so what was made from them need
 * not be made again.
 */
public final class InputManifest {
    private static final List<String> FOLDERS = List.of("ontology", "data", "queries");

    private InputManifest() {}

    /** The manifest of the project at {@code layout}'s root, with {@code settings} last, one a line. */
    public static String of(ProjectLayout layout, String... settings) {
        StringBuilder text = new StringBuilder();
        for (String folder : FOLDERS) {
            for (Path file : files(layout.root().resolve(folder))) {
                text.append(sha256(file)).append("  ").append(layout.display(file)).append('\n');
            }
        }
        text.append(code()).append("  (sco-kg's code)\n");
        for (String setting : settings) text.append(setting).append('\n');
        return text.toString();
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InputException(Location.file(folder.toString()), "cannot read: " + e.getMessage());
        }
    }

    private static String code() {
        Path code;
        try {
            code = Path.of(InputManifest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return "unknown";
        }
        if (Files.isRegularFile(code)) return sha256(code);
        MessageDigest all = digest();
        for (Path file : files(code)) {
            all.update(code.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            all.update(HexFormat.of().parseHex(sha256(file)));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static String sha256(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new InputException(Location.file(file.toString()), "cannot read: " + e.getMessage());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
