package com.handover.server.blob;

import com.handover.server.testing.PostgresTestDatabase;
import com.handover.server.testing.TestServer;

/** The photo-upload properties on PostgreSQL, where the blob store is shared by nodes (skipped without one). */
class PostgresPhotoUploadPropertyTest extends PhotoUploadProperties {

    private PostgresTestDatabase pg;

    @Override
    TestServer startServer() {
        pg = PostgresTestDatabase.create();
        return TestServer.start(TestServer.Options.defaults().withPostgres(pg.settings(), "node-a"));
    }

    @Override
    void release() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }
}
