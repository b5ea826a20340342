package com.handover.mobile.sync;

import com.handover.mobile.store.OutboxEntry;
import com.handover.mobile.store.ReferenceData;
import com.handover.model.checklist.ChecklistTemplate;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import com.handover.mobile.store.Snapshot;

/**
 * The sync protocol v1 as calls. {@link IOException} means the network failed (the request may or may not have
 * reached the server); {@link ApiException} means the server answered with an error.
 */
public interface SyncApi {

    /** Most operations in one push. */
    int MAX_PUSH_OPERATIONS = 500;
    /** Most bytes in one push body. */
    long MAX_PUSH_BYTES = 4L * 1024 * 1024;
    /** Most bytes in one blob PUT. */
    int MAX_BLOB_CHUNK = 4 * 1024 * 1024;
    /** Largest photo the server takes. */
    long MAX_BLOB_BYTES = 15L * 1024 * 1024;
    /** Largest checklist template the device reads (the bundled FINISHED v1 is about 80 KB). */
    long MAX_TEMPLATE_BYTES = 4L * 1024 * 1024;

    LoginResult login(String baseUrl, String username, String password, String deviceId, String deviceName)
            throws IOException, ApiException;

    void logout(Server server) throws IOException, ApiException;

    ReferenceData reference(Server server) throws IOException, ApiException;

    /**
     * One version of a checklist template ({@code GET /api/v1/templates/{code}/{version}}), as listed by the
     * reference data. An answer that is not that template, or that this app cannot read, is an
     * {@link ApiException} with code {@code UNREADABLE_TEMPLATE}.
     */
    ChecklistTemplate template(Server server, String code, int version) throws IOException, ApiException;

    /** Sends own operations as the texts they were stored in; the answer has a result for each, in order. */
    PushResult push(Server server, String deviceId, List<OutboxEntry> operations) throws IOException, ApiException;

    PullPage pull(Server server, String cursor, int limit) throws IOException, ApiException;

    /**
     * A snapshot of everything in the device's scope ({@code GET /api/v1/sync/bootstrap}), for a device that has
     * pulled nothing yet, read as it arrives; closing it lets go of the connection. Empty when the server has no
     * bootstrap (an older server); the device then pulls from the start. This default is that of an API without
     * the call.
     */
    default Optional<Snapshot> bootstrap(Server server) throws IOException, ApiException {
        return Optional.empty();
    }

    BlobStatus blobStatus(Server server, String sha) throws IOException, ApiException;

    /** Sends {@code chunk}, the bytes of the photo starting at {@code offset} of {@code total}. */
    BlobStatus putBlob(Server server, String sha, long offset, long total, byte[] chunk)
            throws IOException, ApiException;

    byte[] downloadBlob(Server server, String sha) throws IOException, ApiException;
}
