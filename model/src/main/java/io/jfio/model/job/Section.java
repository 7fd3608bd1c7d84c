package io.jfio.model.job;

/**
 * Where one section of a {@link JobFile} lies: from its header to the line before the next header (or
 * the end of the file), so comments and blank lines that follow its options belong to it. A snapshot:
 * edits to the file make it stale. Immutable; any thread.
 *
 * @param index      the section's position among the file's sections, from 0
 * @param name       the name between the brackets
 * @param headerLine the 1-based line number of the header
 * @param lastLine   the 1-based number of the section's last line
 */
public record Section(int index, String name, int headerLine, int lastLine) {

    /** True for fio's global sections (any name starting with "global"). */
    public boolean isGlobal() {
        return SectionLine.isGlobalName(name);
    }
}
