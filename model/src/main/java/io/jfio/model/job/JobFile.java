package io.jfio.model.job;

import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.Options;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A job file as text: every line with its exact characters and terminator, so {@link #text()} gives
 * back what was parsed, byte for byte, and edits change only the lines they must. The resolved view
 * (jobs with their effective options) is {@link JobResolver}'s job.
 *
 * <p>Mutable and not thread-safe: one thread at a time (the GUI editor wraps it and confines it to
 * the JavaFX thread).
 *
 * <p>Sections are found by name (the first section with that name) or by index (their position in
 * {@link #sections()}), because fio allows several sections with one name, [global] above all.
 */
public final class JobFile {

    private final String sourceName;
    private final Path path;
    private final Charset charset;
    private final List<JobLine> lines;

    JobFile(String sourceName, Path path, Charset charset, List<JobLine> lines) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.path = path;
        this.charset = Objects.requireNonNull(charset, "charset");
        this.lines = new ArrayList<>(lines);
    }

    /** The name problems use for this file (the path as given, or a caller's name for text). */
    public String sourceName() {
        return sourceName;
    }

    /** The file it was read from; includes are found relative to it. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The charset the bytes were decoded with (UTF-8, or ISO-8859-1 for bytes that are not UTF-8). */
    public Charset charset() {
        return charset;
    }

    /** The whole file as text. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (JobLine line : lines) {
            text.append(line.text()).append(line.ending().terminator());
        }
        return text.toString();
    }

    /** The whole file as bytes in its charset. */
    public byte[] bytes() {
        return text().getBytes(charset);
    }

    /** A snapshot of the lines. */
    public List<JobLine> lines() {
        return Collections.unmodifiableList(new ArrayList<>(lines));
    }

    public int lineCount() {
        return lines.size();
    }

    /** The line with the 1-based number {@code lineNumber}. */
    public JobLine line(int lineNumber) {
        return lines.get(lineNumber - 1);
    }

    /** The sections in file order (lines before the first header belong to none). */
    public List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        int header = -1;
        String name = null;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof SectionLine section) {
                if (header >= 0) {
                    sections.add(new Section(sections.size(), name, header + 1, i));
                }
                header = i;
                name = section.name();
            }
        }
        if (header >= 0) {
            sections.add(new Section(sections.size(), name, header + 1, lines.size()));
        }
        return sections;
    }

    /** The first section called {@code name}. */
    public Optional<Section> section(String name) {
        return sections().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The option lines of the section at {@code sectionIndex}, in order. */
    public List<OptionLine> options(int sectionIndex) {
        Section section = sectionAt(sectionIndex);
        List<OptionLine> options = new ArrayList<>();
        for (int i = section.headerLine(); i < section.lastLine(); i++) {
            if (lines.get(i) instanceof OptionLine option) {
                options.add(option);
            }
        }
        return options;
    }

    /**
     * The value fio would use for {@code key} in the first section called {@code section}: that of
     * the last line setting it (or an alias of it); empty when the section does not set it, {@code ""}
     * for a bare key. Includes are not followed.
     */
    public Optional<String> option(String section, String key) {
        int index = indexOf(section);
        int line = lastOptionLine(sectionAt(index), key);
        if (line < 0) {
            return Optional.empty();
        }
        String value = ((OptionLine) lines.get(line)).value();
        return Optional.of(value == null ? "" : value);
    }

    /** {@link #setOption(int, String, String)} on the first section called {@code section}. */
    public void setOption(String section, String key, String value) {
        setOption(indexOf(section), key, value);
    }

    /**
     * Sets {@code key} to {@code value} ({@code null}: a bare key) in the section at {@code sectionIndex}.
     * If the section sets the option (under this name or an alias), only its last such line is rewritten,
     * keeping indentation, spacing around '=' and any trailing comment; otherwise one line is inserted
     * after the section's last option, in the style of its neighbours.
     *
     * @throws IllegalArgumentException if the value holds ';', '#' or a line break, or the key is not a
     *                                  plain name
     */
    public void setOption(int sectionIndex, String key, String value) {
        checkKey(key);
        Section section = sectionAt(sectionIndex);
        int existing = lastOptionLine(section, key);
        if (existing >= 0) {
            lines.set(existing, ((OptionLine) lines.get(existing)).withValue(value));
            return;
        }
        if (value != null) {
            LineClassifier.checkWritable(value, "value");
        }
        OptionLine style = styleFor(section);
        String indent = style == null ? "" : style.text().substring(0, style.keyStart());
        String separator = style == null ? "=" : style.separator();
        String text = indent + key + (value == null ? "" : separator + value.strip());
        insertAfter(lastEntryLine(section), text);
    }

    /** {@link #removeOption(int, String)} on the first section called {@code section}. */
    public boolean removeOption(String section, String key) {
        return removeOption(indexOf(section), key);
    }

    /**
     * Removes every line of the section at {@code sectionIndex} that sets {@code key} (or an alias of it).
     *
     * @return whether any line was removed
     */
    public boolean removeOption(int sectionIndex, String key) {
        Section section = sectionAt(sectionIndex);
        boolean removed = false;
        for (int i = section.lastLine() - 1; i >= section.headerLine(); i--) {
            if (lines.get(i) instanceof OptionLine option && sameOption(option.key(), key)) {
                removeLine(i);
                removed = true;
            }
        }
        return removed;
    }

    /**
     * Appends a section {@code [name]} at the end of the file, after a blank line when the file does not
     * already end with one.
     *
     * @return the new section's index
     */
    public int addSection(String name) {
        SectionLine.checkName(name);
        if (!lines.isEmpty() && !(lines.get(lines.size() - 1) instanceof BlankLine)) {
            appendLine("");
        }
        appendLine("[" + name + "]");
        return sections().size() - 1;
    }

    /** {@link #removeSection(int)} on the first section called {@code name}. */
    public void removeSection(String name) {
        removeSection(indexOf(name));
    }

    /** Removes the section at {@code sectionIndex}: its header and every line up to the next header. */
    public void removeSection(int sectionIndex) {
        Section section = sectionAt(sectionIndex);
        for (int i = section.lastLine() - 1; i >= section.headerLine() - 1; i--) {
            removeLine(i);
        }
    }

    /** {@link #renameSection(int, String)} on the first section called {@code oldName}. */
    public void renameSection(String oldName, String newName) {
        renameSection(indexOf(oldName), newName);
    }

    /** Renames the section at {@code sectionIndex}, rewriting only its header line. */
    public void renameSection(int sectionIndex, String newName) {
        int header = sectionAt(sectionIndex).headerLine() - 1;
        lines.set(header, ((SectionLine) lines.get(header)).withName(newName));
    }

    /** {@link #duplicateSection(int, String)} on the first section called {@code name}. */
    public int duplicateSection(String name, String newName) {
        return duplicateSection(indexOf(name), newName);
    }

    /**
     * Copies the section at {@code sectionIndex} (all its lines) right after it, with the header naming
     * {@code newName}.
     *
     * @return the copy's index
     */
    public int duplicateSection(int sectionIndex, String newName) {
        SectionLine.checkName(newName);
        Section section = sectionAt(sectionIndex);
        List<JobLine> copy = new ArrayList<>(lines.subList(section.headerLine() - 1, section.lastLine()));
        copy.set(0, ((SectionLine) copy.get(0)).withName(newName));
        int last = section.lastLine() - 1;
        if (lines.get(last).ending() == LineEnding.NONE) {
            lines.set(last, lines.get(last).withEnding(dominantEnding()));
        } else {
            int copyLast = copy.size() - 1;
            copy.set(copyLast, copy.get(copyLast).withEnding(lines.get(last).ending()));
        }
        lines.addAll(section.lastLine(), copy);
        return sectionIndex + 1;
    }

    @Override
    public String toString() {
        return "JobFile[" + sourceName + ", " + lines.size() + " lines]";
    }

    private Section sectionAt(int index) {
        List<Section> sections = sections();
        if (index < 0 || index >= sections.size()) {
            throw new IllegalArgumentException("no section number " + index + " in " + sourceName
                    + " (it has " + sections.size() + ")");
        }
        return sections.get(index);
    }

    private int indexOf(String name) {
        return section(name).map(Section::index)
                .orElseThrow(() -> new IllegalArgumentException("no section [" + name + "] in " + sourceName));
    }

    /** The 0-based index of the last option line in {@code section} that sets {@code key}, or -1. */
    private int lastOptionLine(Section section, String key) {
        for (int i = section.lastLine() - 1; i >= section.headerLine(); i--) {
            if (lines.get(i) instanceof OptionLine option && sameOption(option.key(), key)) {
                return i;
            }
        }
        return -1;
    }

    /** True if {@code written} and {@code key} name the same option (equal, or name and alias). */
    private static boolean sameOption(String written, String key) {
        if (written.equals(key)) {
            return true;
        }
        Optional<OptionSpec> spec = Options.catalog().lookup(key);
        return spec.isPresent() && exactlyNames(spec.get(), key) && exactlyNames(spec.get(), written);
    }

    private static boolean exactlyNames(OptionSpec spec, String word) {
        return spec.name().equals(word) || spec.aliases().contains(word);
    }

    /** The 0-based index of the last option or include line of {@code section}, or of its header. */
    private int lastEntryLine(Section section) {
        for (int i = section.lastLine() - 1; i >= section.headerLine(); i--) {
            JobLine line = lines.get(i);
            if (line instanceof OptionLine || line instanceof IncludeLine) {
                return i;
            }
        }
        return section.headerLine() - 1;
    }

    /** The option line whose indentation and '=' spacing a new option in {@code section} copies. */
    private OptionLine styleFor(Section section) {
        for (int i = section.lastLine() - 1; i >= section.headerLine(); i--) {
            if (lines.get(i) instanceof OptionLine option && !option.isBare()) {
                return option;
            }
        }
        for (JobLine line : lines) {
            if (line instanceof OptionLine option && !option.isBare()) {
                return option;
            }
        }
        return null;
    }

    private void insertAfter(int index, String text) {
        JobLine previous = lines.get(index);
        LineEnding ending = previous.ending();
        if (ending == LineEnding.NONE) {
            lines.set(index, previous.withEnding(dominantEnding()));
        }
        lines.add(index + 1, JobLine.of(text, ending == LineEnding.NONE ? LineEnding.NONE : ending));
    }

    private void appendLine(String text) {
        if (lines.isEmpty()) {
            lines.add(JobLine.of(text, LineEnding.LF));
            return;
        }
        insertAfter(lines.size() - 1, text);
    }

    private void removeLine(int index) {
        JobLine removed = lines.remove(index);
        if (removed.ending() == LineEnding.NONE && index > 0 && index == lines.size()) {
            lines.set(index - 1, lines.get(index - 1).withEnding(LineEnding.NONE));
        }
    }

    /** The terminator most lines use (LF on a tie or when no line has one). */
    LineEnding dominantEnding() {
        int crlf = 0;
        int lf = 0;
        for (JobLine line : lines) {
            if (line.ending() == LineEnding.CRLF) {
                crlf++;
            } else if (line.ending() == LineEnding.LF) {
                lf++;
            }
        }
        return crlf > lf ? LineEnding.CRLF : LineEnding.LF;
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || !key.equals(key.strip()) || key.contains("=") || key.startsWith("[")) {
            throw new IllegalArgumentException("'" + key + "' is not an option name");
        }
        LineClassifier.checkWritable(key, "option name");
    }
}
