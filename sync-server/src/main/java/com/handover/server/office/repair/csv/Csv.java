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
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        int line = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStarted = false;
        for (; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                continue;
            }
            if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStarted = true;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (fieldStarted || field.length() > 0 || afterQuote) {
                    record.add(field.toString());
                    add(records, record, maxRecords, line);
                    record = new ArrayList<>();
                }
                field.setLength(0);
                afterQuote = false;
                fieldStarted = false;
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
        if (quoted) {
            throw new FormatException(line, "a quoted field is not closed");
        }
        if (fieldStarted || field.length() > 0 || afterQuote) {
            record.add(field.toString());
            add(records, record, maxRecords, line);
        }
        return records;
    }

    private static void add(List<List<String>> records, List<String> record, int max, int line) {
        if (records.size() == max) {
            throw new FormatException(line, "more than " + max + " lines");
        }
        records.add(record);
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
