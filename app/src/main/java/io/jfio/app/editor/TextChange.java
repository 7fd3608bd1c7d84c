package io.jfio.app.editor;

/**
 * The one contiguous replacement that turns one text into another: the common prefix and suffix are
 * kept, the middle is replaced. Views apply it to their control so only the changed characters change
 * (the caret and scroll position elsewhere stay where they are). Immutable; any thread.
 *
 * @param start    where the replaced range starts in the old text
 * @param removed  the characters of the old text that go
 * @param inserted the characters that come in their place
 */
public record TextChange(int start, String removed, String inserted) {

    /** The change from {@code before} to {@code after}. */
    public static TextChange between(String before, String after) {
        int prefix = 0;
        int limit = Math.min(before.length(), after.length());
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextChange(prefix, before.substring(prefix, before.length() - suffix),
                after.substring(prefix, after.length() - suffix));
    }

    /** The end of the replaced range in the old text. */
    public int removedEnd() {
        return start + removed.length();
    }

    /** The end of the inserted text in the new text. */
    public int insertedEnd() {
        return start + inserted.length();
    }

    /** True when nothing changes. */
    public boolean isEmpty() {
        return removed.isEmpty() && inserted.isEmpty();
    }
}
