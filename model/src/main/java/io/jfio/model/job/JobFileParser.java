package io.jfio.model.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads job files into {@link JobFile}s. Never fails on content: every line is kept, and lines fio
 * would not understand are kept as {@link UnrecognisedLine}s for validation to report. Lines end at
 * '\n' (a '\r' before it makes the line CRLF); a lone '\r' stays part of the line. Stateless; any
 * thread.
 */
public final class JobFileParser {

    private JobFileParser() {
    }

    /**
     * Reads the file at {@code path}, as UTF-8 when its bytes are valid UTF-8 and as ISO-8859-1
     * otherwise, so that writing it back gives the same bytes.
     *
     * @throws JobFileException naming the path when the file cannot be read
     */
    public static JobFile parse(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new JobFileException(Problem.error(path.toString(), 0, 0, null, "no such job file"));
        } catch (IOException e) {
            throw new JobFileException(Problem.error(path.toString(), 0, 0, null,
                    "cannot read job file: " + e.getMessage()));
        }
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            charset = StandardCharsets.ISO_8859_1;
            text = new String(bytes, charset);
        }
        return new JobFile(path.toString(), path, charset, split(text));
    }

    /**
     * Reads job-file text that comes from no file (an editor buffer, a test); {@code sourceName} is the
     * name problems show. Includes are then found relative to the working directory.
     */
    public static JobFile parse(String text, String sourceName) {
        return new JobFile(sourceName, null, StandardCharsets.UTF_8, split(text));
    }

    /**
     * Reads job-file text that belongs to {@code path} (for example an editor buffer of that file),
     * so includes are found relative to it.
     */
    public static JobFile parse(String text, Path path) {
        return new JobFile(path.toString(), path, StandardCharsets.UTF_8, split(text));
    }

    static List<JobLine> split(String text) {
        List<JobLine> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                lines.add(JobLine.of(text.substring(start), LineEnding.NONE));
                break;
            }
            boolean crlf = newline > start && text.charAt(newline - 1) == '\r';
            String content = text.substring(start, crlf ? newline - 1 : newline);
            lines.add(JobLine.of(content, crlf ? LineEnding.CRLF : LineEnding.LF));
            start = newline + 1;
        }
        return lines;
    }
}
