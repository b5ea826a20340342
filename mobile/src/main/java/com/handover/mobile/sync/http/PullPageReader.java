package com.handover.mobile.sync.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handover.mobile.store.PulledOperation;
import com.handover.mobile.sync.PullPage;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Hlc;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pull answer in one streaming pass. Each operation is decoded for the fold and also kept as the exact
 * text the server sent (its stored canonical form), which the device stores without encoding it again.
 */
final class PullPageReader {

    private static final String POSITION = "{\"position\":";
    private static final String OPERATION = ",\"operation\":";

    private final ObjectMapper mapper;
    private final OperationCodec codec;

    PullPageReader(ObjectMapper mapper, OperationCodec codec) {
        this.mapper = mapper;
        this.codec = codec;
    }

    /** @throws IOException when the text is not JSON; {@code OperationFormatException} when an operation is unreadable */
    PullPage read(String text, String cursor) throws IOException {
        List<PulledOperation> ops = new ArrayList<>();
        String next = cursor;
        boolean hasMore = false;
        String serverHlc = null;
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "operations" -> readOperations(p, text, ops);
                    case "nextCursor" -> next = value == JsonToken.VALUE_STRING ? p.getText() : next;
                    case "hasMore" -> hasMore = value == JsonToken.VALUE_TRUE;
                    case "serverHlc" -> serverHlc = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    default -> p.skipChildren();
                }
            }
        }
        return new PullPage(ops, next, hasMore, hlc(serverHlc));
    }

    private void readOperations(JsonParser p, String text, List<PulledOperation> out) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            out.add(entry(p, text));
        }
        expect(p.currentToken(), JsonToken.END_ARRAY);
    }

    /** One {@code {"position":…,"operation":…}} entry standing alone, as a snapshot line holds it. */
    PulledOperation entry(String line) throws IOException {
        PulledOperation written = entryAsWritten(line);
        return written != null ? written : parsedEntry(line);
    }

    /**
     * The line exactly as the server writes it ({@code {"position":N,"operation":…}}, nothing else), read without
     * tokenizing it twice: the operation's text is cut out and decoded once. Null for any other line, which the
     * parser then reads or refuses with its words.
     */
    private PulledOperation entryAsWritten(String line) {
        if (!line.startsWith(POSITION) || !line.endsWith("}")) {
            return null;
        }
        int at = POSITION.length();
        int digits = at;
        while (digits < line.length() && digits - at < 18 && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == at || line.charAt(at) == '0' || !line.startsWith(OPERATION, digits)) {
            return null;
        }
        String json = line.substring(digits + OPERATION.length(), line.length() - 1);
        if (!json.startsWith("{") || !json.endsWith("}")) {
            return null;
        }
        try {
            return new PulledOperation(Long.parseLong(line, at, digits, 10), codec.fromJson(json), json);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private PulledOperation parsedEntry(String line) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(line)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            PulledOperation entry = entry(p, line);
            if (p.nextToken() != null) {
                throw new IOException("a snapshot line holds more than one entry");
            }
            return entry;
        }
    }

    /** Reads the entry whose START_OBJECT is the parser's current token. */
    private PulledOperation entry(JsonParser p, String text) throws IOException {
        long position = -1;
        String json = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("position") && value == JsonToken.VALUE_NUMBER_INT) {
                position = p.getLongValue();
            } else if (field.equals("operation") && value == JsonToken.START_OBJECT) {
                // The operation's own text is what the device stores; it is read from that text, with no tree.
                int start = (int) p.currentTokenLocation().getCharOffset();
                p.skipChildren();
                json = text.substring(start, (int) p.currentLocation().getCharOffset());
            } else {
                p.skipChildren();
            }
        }
        if (json == null) {
            throw new IOException("a pulled entry has no operation");
        }
        return new PulledOperation(position, codec.fromJson(json), json);
    }

    private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
        if (actual != wanted) {
            throw new IOException("expected " + wanted + " in the pull answer, found " + actual);
        }
    }

    static Hlc hlc(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Hlc.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
