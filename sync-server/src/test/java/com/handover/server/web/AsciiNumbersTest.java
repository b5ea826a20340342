package com.handover.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiNumbersTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(nullValues = "none", value = {
        "500,    500",
        "0,      0",
        "１,     none",
        "٥,      none",
        "-1,     none",
        "+1,     none",
        "' 1',   none",
        "1e3,    none",
        "1234567890, none",
        "'',     none",
    })
    void onlyAsciiDigitsWithinTheLengthAreNumbers(String text, Long expected) {
        assertEquals(expected == null ? OptionalLong.empty() : OptionalLong.of(expected), AsciiNumbers.parse(text, 9));
    }
}
