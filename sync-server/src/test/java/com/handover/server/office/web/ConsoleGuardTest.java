package com.handover.server.office.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** After sign-in and a language switch the console goes back only to its own pages (no open redirect). */
class ConsoleGuardTest {

    @ParameterizedTest
    @CsvSource({
        "/office/units/1, /office/units/1",
        "/office/projects?x=1, /office/projects?x=1",
        "https://evil.example/office, /office/",
        "//evil.example/office, /office/",
        "/officeevil, /officeevil",
        "/v/ABC, /office/",
        "'/office\\..\\x', /office/",
        "'', /office/"})
    void backLinksStayInsideTheConsole(String candidate, String expected) {
        assertEquals(expected, ConsoleGuard.localPath(candidate));
    }
}
