package io.jfio.app.results;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** A JSON document as maps, lists, strings and numbers (BigDecimal-free: long or double), for tests. */
final class Json {

    private Json() {
    }

    static Map<String, Object> parse(String text) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            parser.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> document = (Map<String, Object>) value(parser);
            return document;
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            default -> {
                return p.getText();
            }
        }
    }

    /** The object at {@code path} of nested objects ("jobs" lists are indexed by number strings). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Map<String, Object> root, String... path) {
        Object node = root;
        for (String key : path) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(key)) : ((Map<String, Object>) node).get(key);
        }
        return (Map<String, Object>) node;
    }

    static double number(Map<String, Object> object, String key) {
        return ((Number) object.get(key)).doubleValue();
    }

    static long integer(Map<String, Object> object, String key) {
        return ((Number) object.get(key)).longValue();
    }
}
