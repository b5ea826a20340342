package com.handover.server.web.api;

import com.handover.server.testing.PostgresTestDatabase;
import com.handover.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;

class PostgresBuildingScopeTest extends BuildingScopeContract {

    private PostgresTestDatabase pg;

    @Override
    TestServer startServer() {
        pg = PostgresTestDatabase.create();
        return TestServer.start(TestServer.Options.defaults().withPostgres(pg.settings(), "node-a").withConsole());
    }

    @AfterEach
    void dropSchema() throws Exception {
        // The server writes the devices' last pulls when it stops, so it stops before its schema goes.
        stop();
        server = null;
        if (pg != null) {
            pg.close();
        }
    }
}
