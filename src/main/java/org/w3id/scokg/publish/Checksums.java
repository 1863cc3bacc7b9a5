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

    /** SHA256SUMS of {@code files}, in their order, each digest taken from {@code known} where it is there, else computed. */
    static String sha256sums(Map<String, byte[]> files, Map<String, String> known) {
        StringBuilder out = new StringBuilder();
        files.forEach((name, bytes) -> out.append(known.containsKey(name) ? known.get(name) : sha256(bytes)).append("  ").append(name).append('\n'));
        return out.toString();
    }
}
