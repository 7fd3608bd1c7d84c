package io.jfio.engine.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * fio's {@code buffer_pattern} grammar: hex bytes ({@code 0xdeadbeef}), a quoted string
 * ({@code "abc"}), a quoted file name whose contents are used ({@code 'pattern.bin'}), or a decimal
 * number (its bytes, least significant first, as fio stores it); several may be joined with {@code |}.
 * Stateless; any thread.
 */
final class BufferPattern {

    /** fio reads at most this much of a pattern file. */
    static final int MAX_BYTES = 512 * 1024;

    private BufferPattern() {
    }

    /** The pattern's bytes; IllegalArgumentException with a one-line reason when it does not parse. */
    static byte[] parse(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String raw : text.split("\\|")) {
            String part = raw.trim();
            if (part.isEmpty()) {
                throw new IllegalArgumentException("empty element in '" + text + "'");
            }
            if (part.length() >= 2 && part.startsWith("\"") && part.endsWith("\"")) {
                out.writeBytes(part.substring(1, part.length() - 1).getBytes(StandardCharsets.UTF_8));
            } else if (part.length() >= 2 && part.startsWith("'") && part.endsWith("'")) {
                out.writeBytes(file(part.substring(1, part.length() - 1)));
            } else if (part.startsWith("0x") || part.startsWith("0X")) {
                out.writeBytes(hex(part.substring(2), part));
            } else if (part.chars().allMatch(Character::isDigit)) {
                long value = Long.parseLong(part);
                do {
                    out.write((int) (value & 0xff));
                    value >>>= 8;
                } while (value != 0);
            } else {
                throw new IllegalArgumentException("'" + part + "' is not 0x hex bytes, a \"string\", a 'file' or a number");
            }
        }
        if (out.size() > MAX_BYTES) {
            throw new IllegalArgumentException("pattern longer than " + MAX_BYTES + " bytes");
        }
        return out.toByteArray();
    }

    private static byte[] hex(String digits, String whole) {
        if (digits.isEmpty() || !digits.matches("[0-9a-fA-F]+")) {
            throw new IllegalArgumentException("'" + whole + "' is not hex");
        }
        String even = digits.length() % 2 == 1 ? "0" + digits : digits;
        byte[] out = new byte[even.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(even.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    private static byte[] file(String name) {
        try {
            byte[] all = Files.readAllBytes(Path.of(name));
            if (all.length == 0) {
                throw new IllegalArgumentException("pattern file '" + name + "' is empty");
            }
            return all.length > MAX_BYTES ? java.util.Arrays.copyOf(all, MAX_BYTES) : all;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read pattern file '" + name + "': " + e.getMessage());
        }
    }
}
