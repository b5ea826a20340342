package com.handover.server.web.api;

import com.handover.server.testing.TestServer;

class SqliteBuildingScopeTest extends BuildingScopeContract {
    @Override
    TestServer startServer() {
        return TestServer.start(TestServer.Options.defaults().withConsole());
    }
}
