package com.handover.server.web.api;

import com.handover.server.testing.TestServer;

class SqliteBlobApiTest extends BlobApiContract {
    @Override
    TestServer startServer() {
        return TestServer.start();
    }
}
