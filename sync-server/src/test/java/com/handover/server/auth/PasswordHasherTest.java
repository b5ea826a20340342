package com.handover.server.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreSaltedAndNameTheirParameters() {
        String a = hasher.hash("验房密码-1");
        String b = hasher.hash("验房密码-1");
        assertNotEquals(a, b);
        assertTrue(a.startsWith("pbkdf2-sha256$210000$"));
        assertTrue(hasher.verify("验房密码-1", a));
        assertFalse(hasher.verify("验房密码-2", a));
        assertFalse(hasher.verify("x", "md5$whatever"));
    }

    @Test
    void olderIterationCountsStillVerifyAndAskForARehash() {
        PasswordHasher stronger = new PasswordHasher(300_000);
        String old = hasher.hash("pw");
        assertTrue(stronger.verify("pw", old));
        assertTrue(stronger.needsRehash(old));
        assertFalse(hasher.needsRehash(old));
    }

    @Test
    void tooFewIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1000));
    }

    @Test
    void tokensAre32RandomBytesStoredAsTheirSha256() {
        String t = Tokens.newToken();
        assertTrue(Tokens.wellFormed(t));
        assertNotEquals(t, Tokens.newToken());
        assertTrue(Tokens.hash(t).matches("[0-9a-f]{64}"));
        assertFalse(Tokens.wellFormed(t + "'"));
        for (String other : new String[] {"'", ".", "=", " ", "é", "令", "/"}) {
            assertFalse(Tokens.wellFormed(t.substring(1) + other), "a token holding " + other);
        }
        assertTrue(Tokens.wellFormed("-".repeat(t.length())));
        assertTrue(Tokens.wellFormed("_".repeat(t.length())));
        assertFalse(Tokens.wellFormed(null));
    }
}
