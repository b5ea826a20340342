package com.handover.server.store;

import com.handover.server.testing.TestServer;

class SqliteStoreTest extends StoreContract {
    @Override
    TestServer startServer() {
        return TestServer.start();
    }
}
