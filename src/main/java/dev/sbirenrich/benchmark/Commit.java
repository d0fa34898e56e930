package dev.sbirenrich.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The commit being measured: GITHUB_SHA in CI, else git's HEAD in the project directory, else null. */
final class Commit {
    private Commit() {}

    static String current(Path home) {
        String sha = System.getenv("GITHUB_SHA");
        if (sha != null && !sha.isBlank()) {
            return sha;
        }
        try {
            Process git = new ProcessBuilder("git", "-C", home.toString(), "rev-parse", "--short", "HEAD")
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
