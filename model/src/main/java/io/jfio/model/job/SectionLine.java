package io.jfio.model.job;

/**
 * A section header {@code [name]}; trailing blanks and a comment after ']' are allowed. Immutable; any
 * thread.
 *
 * @param text      the line without its terminator
 * @param ending    its terminator
 * @param name      the text between '[' and the last ']' (may be empty, which validation reports)
 * @param nameStart the index in {@code text} where the name starts
 */
public record SectionLine(String text, LineEnding ending, String name, int nameStart) implements JobLine {

    /** True for fio's global sections: fio treats every name that starts with "global" as one. */
    public boolean isGlobal() {
        return isGlobalName(name);
    }

    /** The 1-based column of the name. */
    public int nameColumn() {
        return nameStart + 1;
    }

    /** The same header naming {@code newName}, with its spacing and comment kept. */
    public SectionLine withName(String newName) {
        checkName(newName);
        String newText = text.substring(0, nameStart) + newName + text.substring(nameStart + name.length());
        return (SectionLine) JobLine.of(newText, ending);
    }

    @Override
    public SectionLine withEnding(LineEnding newEnding) {
        return new SectionLine(text, newEnding, name, nameStart);
    }

    /** True if fio treats a section called {@code name} as a [global] section. */
    public static boolean isGlobalName(String name) {
        return name.startsWith("global");
    }

    /** Throws if {@code name} cannot be written in a header that fio reads back as the same name. */
    static void checkName(String name) {
        if (name.isBlank() || !name.equals(name.strip()) || name.contains("]")) {
            throw new IllegalArgumentException("section name '" + name + "' must be non-empty, without ']' and"
                    + " without blanks at either end");
        }
        LineClassifier.checkWritable(name, "section name");
    }
}
