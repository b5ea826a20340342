package com.handover.server.web.api;

import com.handover.server.testing.TestServer;

class SqliteBootstrapApiTest extends BootstrapApiContract {
    @Override
    TestServer startServer() {
        return TestServer.start();
    }
}
