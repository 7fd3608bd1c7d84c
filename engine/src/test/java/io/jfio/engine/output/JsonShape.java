package io.jfio.engine.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The key structure of JSON documents: every path with the type of its value ("/jobs[]/read/iops float").
 * Array elements share one path; the contents of option maps are left out (they echo the job file) and
 * fio's latency bin keys become "*" (they depend on the latencies measured).
 */
public final class JsonShape {

    private static final Set<String> OPAQUE = Set.of("job options", "global options");
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonShape() {
    }

    /** The shape of a document that must be exactly one JSON value. */
    public static SortedSet<String> of(String json) {
        List<SortedSet<String>> documents = documents(json);
        if (documents.size() != 1) {
            throw new IllegalArgumentException("expected one JSON document, found " + documents.size());
        }
        return documents.get(0);
    }

    /** The shapes of a sequence of JSON documents (fio's --status-interval output). */
    public static List<SortedSet<String>> documents(String json) {
        List<SortedSet<String>> out = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            while (parser.nextToken() != null) {
                SortedSet<String> shape = new TreeSet<>();
                walk(parser, "", shape);
                out.add(shape);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void walk(JsonParser parser, String path, SortedSet<String> out) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                out.add(path + " object");
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String name = parser.currentName();
                    parser.nextToken();
                    String key = path.endsWith("/bins") ? "*" : name;
                    if (OPAQUE.contains(name)) {
                        out.add(path + "/" + key + " object");
                        parser.skipChildren();
                    } else {
                        walk(parser, path + "/" + key, out);
                    }
                }
            }
            case START_ARRAY -> {
                out.add(path + " array");
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    walk(parser, path + "[]", out);
                }
            }
            case VALUE_NUMBER_INT -> out.add(path + " int");
            case VALUE_NUMBER_FLOAT -> out.add(path + " float");
            case VALUE_STRING -> out.add(path + " string");
            case VALUE_TRUE, VALUE_FALSE -> out.add(path + " boolean");
            default -> out.add(path + " " + token);
        }
    }
}
