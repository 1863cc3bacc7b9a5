package org.w3id.scokg.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** SHA-256 digests of the dumps, and the SHA256SUMS file that {@code sha256sum -c} reads. */
public final class Checksums {
    private Checksums() {}

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** SHA256SUMS of {@code files}, in their order, each with the digest it was rendered with. */
    static String sha256sums(Map<String, DumpRenderer.Rendered> files) {
        StringBuilder out = new StringBuilder();
        files.forEach((name, file) -> out.append(file.sha256()).append("  ").append(name).append('\n'));
        return out.toString();
    }
}
