package com.handover.server.office.repair.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, quoted with double quotes where they hold a comma, quote or line
 * break (a quote inside is doubled), records ended by CRLF or LF. Writing starts with a UTF-8 byte order mark so
 * that Excel opens Chinese text correctly; reading skips one.
 */
public final class Csv {

    public static final char BOM = '\uFEFF';

    private Csv() {
    }

    /** Thrown for text that is not CSV (an unterminated quote, text after a closing quote). */
    public static final class FormatException extends IllegalArgumentException {
        private final int line;

        FormatException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /**
     * Parses the records of {@code text}; empty lines are skipped.
     *
     * @param maxRecords most records accepted; more is a {@link FormatException}
     */
    public static List<List<String>> parse(String text, int maxRecords) {
        return new Reader(text, maxRecords).records();
    }

    /** One pass over the text, a character at a time, keeping where it is in a field and a record. */
    private static final class Reader {
        private final String text;
        private final int maxRecords;
        private final List<List<String>> records = new ArrayList<>();
        private List<String> record = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int i;
        private int line = 1;
        private boolean quoted;
        private boolean afterQuote;
        private boolean fieldStarted;

        Reader(String text, int maxRecords) {
            this.text = text;
            this.maxRecords = maxRecords;
            this.i = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        }

        List<List<String>> records() {
            for (; i < text.length(); i++) {
                if (quoted) {
                    inQuotes(text.charAt(i));
                } else {
                    outsideQuotes(text.charAt(i));
                }
            }
            if (quoted) {
                throw new FormatException(line, "a quoted field is not closed");
            }
            endRecord();
            return records;
        }

        private void inQuotes(char ch) {
            if (ch != '"') {
                if (ch == '\n') {
                    line++;
                }
                field.append(ch);
            } else if (next() == '"') {
                field.append('"');
                i++;
            } else {
                quoted = false;
                afterQuote = true;
            }
        }

        private void outsideQuotes(char ch) {
            if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStarted = true;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && next() == '\n') {
                    i++;
                }
                endRecord();
                line++;
            } else if (ch == '"' && field.length() == 0 && !afterQuote) {
                quoted = true;
                fieldStarted = true;
            } else if (afterQuote) {
                throw new FormatException(line, "text after a closing quote");
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }

        private char next() {
            return i + 1 < text.length() ? text.charAt(i + 1) : 0;
        }

        /** Ends the record at a line break or the end of the text; an empty line makes none. */
        private void endRecord() {
            if (fieldStarted || field.length() > 0 || afterQuote) {
                record.add(field.toString());
                if (records.size() == maxRecords) {
                    throw new FormatException(line, "more than " + maxRecords + " lines");
                }
                records.add(record);
                record = new ArrayList<>();
            }
            field.setLength(0);
            afterQuote = false;
            fieldStarted = false;
        }
    }

    /** The records as CSV text with CRLF line ends, starting with a byte order mark. */
    public static String write(List<List<String>> records) {
        StringBuilder out = new StringBuilder().append(BOM);
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(escape(record.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ makes Excel run the cell as a formula: prefix a quote mark (OWASP CSV injection).
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
                ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
