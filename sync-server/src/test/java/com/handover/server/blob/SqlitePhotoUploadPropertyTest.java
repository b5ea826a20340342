package com.handover.server.blob;

import com.handover.server.testing.TestServer;

/** The photo-upload properties on SQLite with photos in a folder. */
class SqlitePhotoUploadPropertyTest extends PhotoUploadProperties {

    @Override
    TestServer startServer() {
        return TestServer.start();
    }
}
