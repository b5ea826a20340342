package com.handover.server.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Role;
import com.handover.server.auth.PasswordHasher;
import com.handover.server.store.Database;
import com.handover.server.config.Limits;
import com.handover.server.config.ServerConfig;
import com.handover.server.store.jdbc.JdbcAccountStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The create-admin command: the first account of an empty server, never a default password. */
class CreateAdminCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out) {
    }

    private Run run(String password, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var in = new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.toString();
        int code = new CreateAdminCommand(in, new PrintStream(out, true, StandardCharsets.UTF_8), null)
                .run(all, Map.of());
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void createsTheFirstAdministratorWithThePasswordFromStandardInput() throws Exception {
        Run r = run("Harbour-Light-42", "--username", "chen", "--name", "陈主管");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("chen"), r.out());
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dir, null, "server", false, Limits.defaults());
        try (Database db = Database.open(config)) {
            var stored = db.read(c -> new JdbcAccountStore().findUser(c, "chen")).orElseThrow();
            assertEquals(Role.ADMIN, stored.user().role());
            assertEquals("陈主管", stored.user().displayName());
            assertTrue(new PasswordHasher().verify("Harbour-Light-42", stored.passwordHash()));
        }
    }

    @Test
    void refusesWeakPasswordsAndASecondAdminUnlessTold() throws Exception {
        assertEquals(3, run("short1", "--username", "chen", "--name", "陈主管").code());
        assertEquals(3, run("onlyletterslong", "--username", "chen", "--name", "陈主管").code());
        assertEquals(3, run("chen-2026-admin", "--username", "chen", "--name", "陈主管").code());
        assertEquals(3, run("password123", "--username", "chen", "--name", "陈主管").code());
        assertEquals(0, run("Harbour-Light-42", "--username", "chen", "--name", "陈主管").code());
        Run second = run("Another-Pass-77", "--username", "li", "--name", "李经理");
        assertEquals(3, second.code());
        assertTrue(second.out().contains("--even-if-admin-exists"), second.out());
        assertEquals(0, run("Another-Pass-77", "--username", "li", "--name", "李经理", "--even-if-admin-exists").code());
        assertEquals(3, run("Third-Pass-99x", "--username", "li", "--name", "李经理", "--even-if-admin-exists").code(),
                "an existing user name is refused");
        assertTrue(Files.exists(dir));
    }

    @Test
    void withoutUserNameOrDisplayNameItPrintsHowToCallIt() throws Exception {
        Run r = run("Harbour-Light-42", "--username", "chen");
        assertEquals(2, r.code());
        assertTrue(r.out().contains("create-admin --username"), r.out());
    }
}
