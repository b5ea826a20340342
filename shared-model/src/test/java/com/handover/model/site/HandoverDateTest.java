package com.handover.model.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandoverDateTest {

    private static final LocalDate JUNE_11 = LocalDate.of(2026, 6, 11);
    private static final LocalDate JULY_02 = LocalDate.of(2026, 7, 2);

    @Test
    void theAcceptedInspectionOrTheNotifiedDateOfADeemedHandoverWhicheverCameFirst() {
        assertEquals(Optional.empty(), HandoverDate.of(Optional.empty(), Optional.empty()));
        assertEquals(Optional.of(JULY_02), HandoverDate.of(Optional.of(JULY_02), Optional.empty()));
        assertEquals(Optional.of(JUNE_11), HandoverDate.of(Optional.empty(), Optional.of(JUNE_11)));
        assertEquals(Optional.of(JUNE_11), HandoverDate.of(Optional.of(JULY_02), Optional.of(JUNE_11)),
                "an owner who comes after being deemed handed over does not move the warranty start");
        assertEquals(Optional.of(JUNE_11), HandoverDate.of(Optional.of(JUNE_11), Optional.of(JULY_02)));
    }
}
