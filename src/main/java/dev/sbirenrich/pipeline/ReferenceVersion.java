package dev.sbirenrich.pipeline;

import dev.sbirenrich.config.PipelineSettings;

/**
 * The operators that load and hold the reference data carry the reference version in their uids.
 * Resuming from a savepoint with a new version (and non-restored state allowed) therefore drops
 * the old reference state only: the new recipients source reads the new dump from the start, the
 * index starts empty and holds awards until the dump is loaded, while the awards source position,
 * pending awards and the sinks' uncommitted files are restored. Same version: uids are unchanged
 * and a finished recipients source is not read again.
 */
public final class ReferenceVersion {
    private ReferenceVersion() {}

    /** {@code base} for the default (empty) version, so savepoints of unversioned jobs stay compatible. */
    public static String uid(String base, PipelineSettings settings) {
        String version = settings.referenceVersion == null ? "" : settings.referenceVersion.strip();
        return version.isEmpty() ? base : base + "@" + version;
    }
}
