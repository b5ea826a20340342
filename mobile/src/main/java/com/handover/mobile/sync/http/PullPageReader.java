package com.handover.mobile.sync.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handover.mobile.store.PulledOperation;
import com.handover.mobile.sync.PullPage;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a pull answer, or a snapshot's line, in one streaming pass over the UTF-8 bytes it arrived in. Each operation
 * is decoded from its bytes for the fold and also kept as the exact text the server sent (its stored canonical
 * form), which the device stores without encoding it again. A page's operations are read in place, in the same
 * pass as the page; an operation that the streamed reader does not take (not in the canonical order, or not
 * valid) has the whole page read again, each operation cut out first and read on its own, which reads it or
 * refuses it with the words.
 */
final class PullPageReader {

    private static final byte[] POSITION = "{\"position\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPERATION = ",\"operation\":".getBytes(StandardCharsets.US_ASCII);

    private final ObjectMapper mapper;
    private final OperationCodec codec;

    PullPageReader(ObjectMapper mapper, OperationCodec codec) {
        this.mapper = mapper;
        this.codec = codec;
    }

    /**
     * @param utf8 the answer as the bytes it arrived in
     * @throws IOException when the text is not JSON; {@code OperationFormatException} when an operation is unreadable
     */
    PullPage read(byte[] utf8, String cursor) throws IOException {
        try {
            return read(utf8, cursor, true);
        } catch (NotInPlace readAgain) {
            return read(utf8, cursor, false);
        }
    }

    /** An operation the streamed reader did not take in place: the page is read again, each operation cut out. */
    private static final class NotInPlace extends RuntimeException {
        NotInPlace() {
            super(null, null, false, false);
        }
    }

    private PullPage read(byte[] utf8, String cursor, boolean inPlace) throws IOException {
        List<PulledOperation> ops = new ArrayList<>();
        String next = cursor;
        boolean hasMore = false;
        String serverHlc = null;
        try (JsonParser p = mapper.getFactory().createParser(utf8)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "operations" -> readOperations(p, utf8, ops, inPlace);
                    case "nextCursor" -> next = value == JsonToken.VALUE_STRING ? p.getText() : next;
                    case "hasMore" -> hasMore = value == JsonToken.VALUE_TRUE;
                    case "serverHlc" -> serverHlc = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    default -> p.skipChildren();
                }
            }
        }
        return new PullPage(ops, next, hasMore, hlc(serverHlc));
    }

    private void readOperations(JsonParser p, byte[] utf8, List<PulledOperation> out, boolean inPlace)
            throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            out.add(entry(p, utf8, inPlace));
        }
        expect(p.currentToken(), JsonToken.END_ARRAY);
    }

    /**
     * One {@code {"position":…,"operation":…}} entry standing alone, as a snapshot line holds it: {@code length}
     * bytes of UTF-8 at {@code offset}.
     */
    PulledOperation entry(byte[] utf8, int offset, int length) throws IOException {
        PulledOperation written = entryAsWritten(utf8, offset, length);
        return written != null ? written : parsedEntry(Arrays.copyOfRange(utf8, offset, offset + length));
    }

    /**
     * The line exactly as the server writes it ({@code {"position":N,"operation":…}}, nothing else), read without
     * tokenizing it twice: the operation's bytes are cut out and decoded once. Null for any other line, which the
     * parser then reads or refuses with its words.
     */
    private PulledOperation entryAsWritten(byte[] utf8, int offset, int length) {
        int end = offset + length;
        if (!Utf8Prefix.at(utf8, offset, end, POSITION) || utf8[end - 1] != '}') {
            return null;
        }
        int at = offset + POSITION.length;
        int digits = at;
        long position = 0;
        while (digits < end && digits - at < 18 && utf8[digits] >= '0' && utf8[digits] <= '9') {
            position = position * 10 + (utf8[digits] - '0');
            digits++;
        }
        if (digits == at || utf8[at] == '0' || !Utf8Prefix.at(utf8, digits, end, OPERATION)) {
            return null;
        }
        int from = digits + OPERATION.length;
        int to = end - 1;
        if (to - from < 2 || utf8[from] != '{' || utf8[to - 1] != '}') {
            return null;
        }
        try {
            return new PulledOperation(position, codec.fromJson(utf8, from, to - from),
                    new String(utf8, from, to - from, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private PulledOperation parsedEntry(byte[] line) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(line)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            PulledOperation entry = entry(p, line, false);
            if (p.nextToken() != null) {
                throw new IOException("a snapshot line holds more than one entry");
            }
            return entry;
        }
    }

    /**
     * Reads the entry whose START_OBJECT is the parser's current token; {@code utf8} is the parser's whole input.
     *
     * @param inPlace the operation read by the same parser, in the same pass
     * @throws NotInPlace when it is read in place and the streamed reader does not take it
     */
    private PulledOperation entry(JsonParser p, byte[] utf8, boolean inPlace) throws IOException {
        long position = -1;
        int start = -1;
        int length = 0;
        Operation operation = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("position") && value == JsonToken.VALUE_NUMBER_INT) {
                position = p.getLongValue();
            } else if (field.equals("operation") && value == JsonToken.START_OBJECT) {
                // The operation's own text is what the device stores; it is read from those bytes, with no tree.
                start = (int) p.currentTokenLocation().getByteOffset();
                if (inPlace) {
                    operation = codec.readInPlace(p).orElseThrow(NotInPlace::new);
                } else {
                    p.skipChildren();
                }
                length = (int) p.currentLocation().getByteOffset() - start;
            } else {
                p.skipChildren();
            }
        }
        if (start < 0) {
            throw new IOException("a pulled entry has no operation");
        }
        return new PulledOperation(position, operation != null ? operation : codec.fromJson(utf8, start, length),
                new String(utf8, start, length, StandardCharsets.UTF_8));
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
