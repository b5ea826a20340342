package com.handover.mobile.sync;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.photo.Sha256;
import com.handover.mobile.session.SessionManager;
import com.handover.mobile.store.OperationLog;
import com.handover.mobile.store.OutboxEntry;
import com.handover.mobile.store.PhotoStore;
import com.handover.mobile.store.ReferenceData.TemplateRef;
import com.handover.mobile.store.ReferenceStore;
import com.handover.mobile.store.Snapshot;
import com.handover.mobile.store.StoreException;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One sync round: fetch the reference data when it is stale and the checklist template versions the device lacks,
 * push the outbox in batches, upload the photos those operations name, pull what is new. Nothing
 * is marked synced before the server confirmed it; a batch re-sent after a dropped connection comes back as
 * DUPLICATE, which counts as stored. Plain Java: no JavaFX here.
 */
public final class SyncEngine {

    /** Operations per push, the protocol's limit. */
    public static final int PUSH_BATCH = SyncApi.MAX_PUSH_OPERATIONS;
    /** Bytes of operations per push, leaving room under the protocol's 4 MiB for the envelope. */
    public static final long PUSH_BYTES_BUDGET = SyncApi.MAX_PUSH_BYTES - 64 * 1024;
    public static final int PULL_PAGE = 1000;
    /** A guard against a server whose cursor never ends: at most this many pages in one round. */
    public static final int MAX_PULL_PAGES = 100_000;
    public static final int DEFAULT_CHUNK = 1024 * 1024;
    /** Reference data older than this is fetched again on the next round. */
    public static final Duration REFERENCE_MAX_AGE = Duration.ofMinutes(30);

    @FunctionalInterface
    private interface ServerCall<T> {
        T run(Server server) throws IOException, ApiException;
    }

    private final SyncApi api;
    private final SessionManager session;
    private final OperationLog log;
    private final PhotoStore photos;
    private final ReferenceStore reference;
    private final ReplicaFeed feed;
    private final TemplateShelf templates;
    private final RetryPolicy retry;
    private final Clock clock;
    private final int chunkSize;
    private final ReentrantLock round = new ReentrantLock();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus status = SyncStatus.NEVER;
    private volatile Instant referenceFetchedAt;

    public SyncEngine(SyncApi api, SessionManager session, OperationLog log, PhotoStore photos,
                      ReferenceStore reference, ReplicaFeed feed, TemplateShelf templates, RetryPolicy retry,
                      Clock clock, int chunkSize) {
        if (chunkSize < 1 || chunkSize > SyncApi.MAX_BLOB_CHUNK) {
            throw new IllegalArgumentException("chunkSize must be 1.." + SyncApi.MAX_BLOB_CHUNK);
        }
        this.api = api;
        this.session = session;
        this.log = log;
        this.photos = photos;
        this.reference = reference;
        this.feed = feed;
        this.templates = templates;
        this.retry = retry;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    public SyncStatus status() {
        return status;
    }

    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    /** Forgets every listener (the screens of a closed app); called when the composition closes. */
    public void removeAllListeners() {
        listeners.clear();
    }

    /** Re-reads what is waiting (after a local save) and tells the listeners. */
    public void refreshCounts() {
        SyncStatus s = status;
        publish(new SyncStatus(s.running(), s.lastSyncAt(), log.pendingCount(), photos.pendingCount(),
                log.rejected().size(), s.problem()));
    }

    /** Runs one round now, unless one is already running (then its outcome is what counts). */
    public SyncStatus syncNow() {
        if (!round.tryLock()) {
            return status;
        }
        try {
            publish(status.withRunning(true));
            Instant lastSync = status.lastSyncAt();
            UserMessage problem;
            var downloads = new TemplateDownloads(templates,
                    (code, version) -> authorized(server -> api.template(server, code, version)));
            try {
                refreshReferenceIfStale();
                downloads.fetchMissing(wantedTemplates());
                int rejected = push();
                int failedPhotos = uploadPhotos();
                pull();
                // Inspections pulled just now may have been started on a version the reference does not list yet.
                downloads.fetchMissing(wantedTemplates());
                lastSync = clock.instant();
                problem = rejected > 0 ? UserMessage.of("sync.warning.rejected", rejected)
                        : failedPhotos > 0 ? UserMessage.of("sync.warning.photosFailed", failedPhotos)
                        : downloads.problem();
            } catch (SignInRequiredException e) {
                problem = UserMessage.of("sync.error.signInAgain");
            } catch (IOException e) {
                problem = UserMessage.of("sync.error.offline");
            } catch (ApiException e) {
                problem = SyncProblems.of(e);
            } catch (StoreException e) {
                problem = UserMessage.of("sync.error.storage");
            }
            storeFold();
            SyncStatus done = new SyncStatus(false, lastSync, log.pendingCount(), photos.pendingCount(),
                    log.rejected().size(), problem);
            publish(done);
            return done;
        } finally {
            round.unlock();
        }
    }

    /** A fold that could not be stored stays in memory and is stored with the next round's. */
    private void storeFold() {
        try {
            feed.storeFold();
        } catch (StoreException e) {
            // The folds already stored stay valid; opening reads them and folds what the log gained since.
        }
    }

    /** Fetches the reference data now (after sign-in, or when the user asks). */
    public void refreshReference() throws IOException, ApiException, SignInRequiredException {
        var data = authorized(api::reference);
        reference.replace(data);
        for (var type : data.unitTypes()) {
            String plan = type.floorPlanSha256();
            if (plan != null && photos.file(plan).isEmpty()) {
                byte[] bytes = authorized(server -> api.downloadBlob(server, plan));
                // Kept only if the bytes are the plan that was named; a floor plan is never uploaded back.
                if (Sha256.hex(bytes).equals(plan)) {
                    photos.put(bytes, "image/png");
                }
            }
        }
        referenceFetchedAt = clock.instant();
    }

    /** A photo's bytes from the server (a photo recorded on another device), checked against its hash. */
    public byte[] downloadPhoto(String sha) throws IOException, ApiException, SignInRequiredException {
        byte[] bytes = authorized(server -> api.downloadBlob(server, sha));
        if (!Sha256.hex(bytes).equals(sha)) {
            throw ApiException.unusable(200, "HASH_MISMATCH", "the server sent other bytes than the photo " + sha);
        }
        return bytes;
    }

    /** The versions the server lists and those the device's inspections use. */
    private Set<TemplateRef> wantedTemplates() {
        Set<TemplateRef> wanted = new LinkedHashSet<>(reference.load().templates());
        wanted.addAll(feed.templatesInUse());
        return wanted;
    }

    private void refreshReferenceIfStale() throws IOException, ApiException, SignInRequiredException {
        Instant fetched = referenceFetchedAt;
        if (fetched == null || fetched.plus(REFERENCE_MAX_AGE).isBefore(clock.instant())) {
            refreshReference();
        }
    }

    /** @return how many operations the server rejected in this round */
    private int push() throws IOException, ApiException, SignInRequiredException {
        String deviceId = session.deviceId();
        int rejectedTotal = 0;
        while (true) {
            List<OutboxEntry> batch = fitToBudget(log.outbox(PUSH_BATCH));
            if (batch.isEmpty()) {
                return rejectedTotal;
            }
            PushResult result = authorized(server -> api.push(server, deviceId, batch));
            Map<UUID, Long> stored = new HashMap<>();
            List<UUID> rejected = new ArrayList<>();
            for (PushResult.OpResult r : result.results()) {
                if (r.stored()) {
                    stored.put(r.id(), r.position());
                } else {
                    log.markRejected(r.id(), r.code() == null ? "REJECTED" : r.code(), r.message());
                    rejected.add(r.id());
                }
            }
            log.markConfirmed(stored, result.serverHlc());
            if (!rejected.isEmpty()) {
                feed.rejected(rejected);
                rejectedTotal += rejected.size();
            }
            serverClockStored(result.serverHlc());
            if (stored.isEmpty() && rejected.isEmpty()) {
                throw ApiException.malformed("the server answered none of the pushed operations");
            }
        }
    }

    private static List<OutboxEntry> fitToBudget(List<OutboxEntry> ops) {
        List<OutboxEntry> batch = new ArrayList<>();
        long bytes = 0;
        for (OutboxEntry op : ops) {
            long size = op.utf8().length + 1L;
            if (!batch.isEmpty() && bytes + size > PUSH_BYTES_BUDGET) {
                break;
            }
            batch.add(op);
            bytes += size;
        }
        return batch;
    }

    /** @return how many photos could not be uploaded (each is kept and tried again next round) */
    private int uploadPhotos() throws SignInRequiredException {
        int failed = 0;
        for (String sha : photos.pendingUploads()) {
            try {
                uploadPhoto(sha);
                photos.markUploaded(sha);
            } catch (IOException e) {
                photos.markFailed(sha, "network: " + e.getMessage());
                failed++;
            } catch (ApiException e) {
                photos.markFailed(sha, e.code() + ": " + e.getMessage());
                failed++;
            }
        }
        return failed;
    }

    private void uploadPhoto(String sha) throws IOException, ApiException, SignInRequiredException {
        Optional<Path> file = photos.file(sha);
        if (file.isEmpty()) {
            throw new IOException("the photo file " + sha + " is missing on this device");
        }
        long total = Files.size(file.get());
        if (total > SyncApi.MAX_BLOB_BYTES) {
            throw ApiException.unusable(413, "PAYLOAD_TOO_LARGE", "the photo is larger than the server takes");
        }
        BlobStatus st = authorized(server -> api.blobStatus(server, sha));
        long offset = st.received();
        long maxRounds = total / chunkSize + 16;
        for (long i = 0; !st.complete(); i++) {
            if (i > maxRounds || offset < 0 || offset > total) {
                throw ApiException.unusable(409, "UPLOAD_STALLED", "the server's offset does not advance");
            }
            byte[] chunk = read(file.get(), offset, (int) Math.min(chunkSize, total - offset));
            long from = offset;
            try {
                st = authorized(server -> api.putBlob(server, sha, from, total, chunk));
                offset = st.received();
            } catch (ApiException e) {
                if (e.status() == 409 && e.received() != null) {
                    offset = e.received();
                } else {
                    throw e;
                }
            }
        }
    }

    private static byte[] read(Path file, long offset, int length) throws IOException {
        byte[] buf = new byte[length];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(offset);
            raf.readFully(buf);
        }
        return buf;
    }

    /** Pages through what is new; the next page is on its way while the current one is stored. */
    private void pull() throws IOException, ApiException, SignInRequiredException {
        String cursor = log.cursor().orElse("");
        if (cursor.isEmpty()) {
            cursor = bootstrap().orElse("");
        }
        try (PagePrefetch pages = new PagePrefetch(after -> authorized(server -> api.pull(server, after, PULL_PAGE)))) {
            pages.request(cursor);
            for (int page = 0; page < MAX_PULL_PAGES; page++) {
                PullPage p = pages.take();
                boolean more = p.hasMore() && !Objects.equals(p.nextCursor(), cursor);
                if (more) {
                    pages.request(p.nextCursor());
                }
                List<Operation> fresh = log.appendPulled(p.operations(), p.nextCursor(), p.serverHlc());
                if (!fresh.isEmpty()) {
                    feed.pulled(fresh);
                }
                serverClockStored(p.serverHlc());
                if (!more) {
                    return;
                }
                cursor = p.nextCursor();
            }
        }
    }

    /**
     * A device that has pulled nothing installs the server's snapshot of its scope in one transaction instead of
     * paging through the whole log, storing its pages while the next ones arrive. A snapshot cut short installs
     * nothing; it is downloaded again, as any failed call is retried.
     *
     * @return the snapshot's cursor, or empty when the server has no bootstrap
     */
    private Optional<String> bootstrap() throws IOException, ApiException, SignInRequiredException {
        Optional<OperationLog.Installed> done = authorized(server -> {
            Optional<Snapshot> download = api.bootstrap(server);
            if (download.isEmpty()) {
                return Optional.empty();
            }
            try (Snapshot snapshot = download.get()) {
                return Optional.of(log.install(snapshot));
            }
        });
        if (done.isEmpty()) {
            return Optional.empty();
        }
        OperationLog.Installed installed = done.get();
        if (!installed.fresh().isEmpty()) {
            feed.pulled(installed.fresh());
        }
        serverClockStored(installed.end().serverClock());
        return Optional.of(installed.end().nextCursor());
    }

    /** The server's clock, already saved by the store in the transaction that came with it: the clock moves. */
    private void serverClockStored(Hlc hlc) {
        if (hlc != null) {
            feed.serverClockStored(hlc);
        }
    }

    /** Calls with the session's token, retrying transient failures; a refused token means signing in again. */
    private <T> T authorized(ServerCall<T> call) throws IOException, ApiException, SignInRequiredException {
        Server server = session.server();
        try {
            return retry.call(() -> call.run(server));
        } catch (ApiException e) {
            if (e.status() != 401) {
                throw e;
            }
            if ("TOKEN_REVOKED".equals(e.code())) {
                session.signOut();
                throw new SignInRequiredException("the token was revoked");
            }
            throw session.tokenRefused("the server refused the token: " + e.code());
        }
    }

    private void publish(SyncStatus s) {
        status = s;
        listeners.forEach(l -> l.accept(s));
    }
}
