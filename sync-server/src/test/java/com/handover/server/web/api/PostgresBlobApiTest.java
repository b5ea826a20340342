package com.handover.server.web.api;

import com.handover.server.testing.PostgresTestDatabase;
import com.handover.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;

class PostgresBlobApiTest extends BlobApiContract {

    private PostgresTestDatabase pg;

    @Override
    TestServer startServer() {
        pg = PostgresTestDatabase.create();
        return TestServer.start(TestServer.Options.defaults().withPostgres(pg.settings(), "node-a"));
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }
}
