package dev.sbirenrich.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 and size of one input file, so a published run names exactly the data it was made from. */
public class InputFingerprint {
    public String path;
    public long bytes;
    public String sha256;

    public InputFingerprint() {}

    /** Every regular file of the given files and directories, in path order. */
    public static List<InputFingerprint> of(List<String> locations) throws IOException {
        List<InputFingerprint> prints = new ArrayList<>();
        for (String location : locations) {
            try (Stream<Path> files = Files.walk(Path.of(location))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    prints.add(of(file));
                }
            }
        }
        return prints;
    }

    /** A file whose SHA-256 is known already (a reference snapshot's manifest keeps its inputs'). */
    public static InputFingerprint of(Path file, String sha256) throws IOException {
        InputFingerprint print = new InputFingerprint();
        print.path = file.toAbsolutePath().normalize().toString();
        print.bytes = Files.size(file);
        print.sha256 = sha256;
        return print;
    }

    private static InputFingerprint of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        InputFingerprint print = new InputFingerprint();
        print.path = file.toAbsolutePath().normalize().toString();
        print.bytes = size;
        print.sha256 = HexFormat.of().formatHex(digest.digest());
        return print;
    }
}
