package com.handover.server;

import com.handover.server.clock.ClockServices;
import com.handover.server.reference.PublishedTemplateCatalog;
import com.handover.server.reference.TemplateStore;
import com.handover.server.sync.ServerOperations;
import com.handover.server.web.api.TemplateApiRoutes;
import com.handover.model.json.ModelJson;
import com.handover.server.auth.AuthService;
import com.handover.server.auth.PasswordHasher;
import com.handover.server.auth.Scopes;
import com.handover.server.blob.BlobService;
import com.handover.server.blob.BlobStore;
import com.handover.server.blob.FolderBlobStore;
import com.handover.server.blob.PostgresBlobStore;
import com.handover.server.config.Limits;
import com.handover.server.config.ServerConfig;
import com.handover.server.metrics.ServerMetrics;
import com.handover.server.reference.ReferenceService;
import com.handover.server.reference.TemplateCatalog;
import com.handover.server.store.Database;
import com.handover.server.store.jdbc.JdbcAccountStore;
import com.handover.server.store.jdbc.JdbcDeviceStore;
import com.handover.server.store.jdbc.JdbcEntityIndex;
import com.handover.server.store.jdbc.JdbcOperationLog;
import com.handover.server.store.jdbc.JdbcPhotoCatalog;
import com.handover.server.store.jdbc.JdbcSiteStore;
import com.handover.server.store.jdbc.JdbcStateStore;
import com.handover.server.sync.DeviceSightings;
import com.handover.server.sync.PullService;
import com.handover.server.sync.PushService;
import com.handover.server.sync.ServerClock;
import com.handover.server.sync.StateFolder;
import com.handover.server.sync.StateMaterializer;
import com.handover.server.web.AnswerCompression;
import com.handover.server.web.HealthRoutes;
import com.handover.server.web.RouteGroup;
import com.handover.server.web.api.ApiAccess;
import com.handover.server.web.api.ApiRouting;
import com.handover.server.web.api.AuthRoutes;
import com.handover.server.web.api.BlobRoutes;
import com.handover.server.web.api.ReferenceRoutes;
import com.handover.server.web.api.SyncRoutes;
import com.handover.server.web.errors.ContainerErrors;
import com.handover.server.web.errors.ErrorMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The composition root: wires stores, services and routes for one node and starts it. Use
 * {@link #builder(ServerConfig)} to add route groups (the office console), a clock or a template catalog.
 */
public final class HandoverServer implements AutoCloseable {

    private final Javalin app;
    private final Components components;

    private HandoverServer(Javalin app, Components components) {
        this.app = app;
        this.components = components;
    }

    public static HandoverServer start(ServerConfig config) {
        return builder(config).start();
    }

    public static Builder builder(ServerConfig config) {
        return new Builder(config);
    }

    public int port() {
        return app.port();
    }

    /** Every /api/v1 route as "METHOD /path/{param}", as registered. */
    public List<String> apiRoutes() {
        return new ApiRouting(app.unsafe).routes();
    }

    public Components components() {
        return components;
    }

    public void stop() {
        app.stop();
        components.stateFolder().close();
        components.pull().close();
        components.db().close();
    }

    @Override
    public void close() {
        stop();
    }

    public static final class Builder {
        private final ServerConfig config;
        private Clock clock = Clock.systemUTC();
        private PasswordHasher passwords = new PasswordHasher();
        private TemplateCatalog templates;
        private final List<Function<Components, RouteGroup>> extraRoutes = new ArrayList<>();
        private final List<Consumer<Components>> preparations = new ArrayList<>();

        private Builder(ServerConfig config) {
            this.config = Objects.requireNonNull(config);
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        public Builder passwords(PasswordHasher hasher) {
            this.passwords = Objects.requireNonNull(hasher);
            return this;
        }

        public Builder templates(TemplateCatalog catalog) {
            this.templates = Objects.requireNonNull(catalog);
            return this;
        }

        /** Mounts more endpoints, built from the node's components (e.g. the office console). */
        public Builder routes(Function<Components, RouteGroup> group) {
            extraRoutes.add(Objects.requireNonNull(group));
            return this;
        }

        /**
         * Work done before the port opens (e.g. writing the demo data and history), so that no request, not even
         * {@code /health}, is answered while the node is still half-prepared.
         */
        public Builder prepare(Consumer<Components> work) {
            preparations.add(Objects.requireNonNull(work));
            return this;
        }

        public HandoverServer start() {
            Components c = wire();
            try {
                c.stateFolder().start();
                preparations.forEach(p -> p.accept(c));
                Javalin app = Javalin.create(cfg -> {
                    cfg.startup.showJavalinBanner = false;
                    cfg.http.maxRequestSize = Math.max(config.limits().maxBodyBytes(),
                            config.limits().maxBlobChunkBytes()) + 1024L;
                    cfg.jsonMapper(new JavalinJackson(ModelJson.mapper(), false));
                    cfg.http.compressionStrategy = AnswerCompression.strategy();
                    cfg.requestLogger.http((ctx, ms) -> c.metrics().recordRequest(ctx.method().name(),
                            routeOf(ctx), ctx.statusCode(), ms));
                    ErrorMapper.register(cfg.routes);
                    ApiAccess.register(cfg.routes, c.auth(), c.stateFolder(), new ApiRouting(cfg.unsafe));
                    cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(Limits.MAX_HEADER_BYTES));
                    cfg.jetty.modifyServer(server -> server.setErrorHandler(new ContainerErrors()));
                    cfg.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new ContainerErrors()));
                    List<RouteGroup> groups = new ArrayList<>(List.of(
                            new HealthRoutes(c.db(), c.metrics(), config.nodeId()),
                            new AuthRoutes(c.auth(), c.serverClock()),
                            new SyncRoutes(c.push(), c.pull(), config.limits(), c.metrics()),
                            new ReferenceRoutes(c.reference()),
                            new BlobRoutes(c.blobs(), config.limits()),
                            new TemplateApiRoutes(c.templateStore())));
                    extraRoutes.forEach(f -> groups.add(f.apply(c)));
                    groups.forEach(g -> g.register(cfg.routes));
                });
                app.start(config.host(), config.port());
                return new HandoverServer(app, c);
            } catch (RuntimeException e) {
                c.stateFolder().close();
                c.db().close();
                throw e;
            }
        }

        /** The matched route's path template (bounded label values), or "unmatched". */
        private static String routeOf(Context ctx) {
            try {
                return ctx.endpoint().path;
            } catch (RuntimeException e) {
                return "unmatched";
            }
        }

        private Components wire() {
            Database db = Database.open(config);
            try {
                var accounts = new JdbcAccountStore();
                var sites = new JdbcSiteStore();
                var log = new JdbcOperationLog(db.dialect());
                var entities = new JdbcEntityIndex();
                var templateStore = new TemplateStore(db);
                TemplateCatalog catalog = templates != null ? templates : new PublishedTemplateCatalog(templateStore);
                var state = new JdbcStateStore(db.dialect(), catalog);
                var photos = new JdbcPhotoCatalog(db.dialect());
                var devices = new JdbcDeviceStore();
                var scopes = new Scopes(sites, state);
                var serverClock = new ServerClock(config.nodeId(), clock);
                var folder = new StateFolder(db, log, state,
                        new StateMaterializer(log, sites, state, db.dialect(), clock), clock);
                var auth = new AuthService(db, accounts, devices, passwords, clock, config.limits());
                var push = new PushService(db, log, entities, sites, photos, devices, scopes, folder, serverClock,
                        clock);
                var pull = new PullService(db, log, new DeviceSightings(db, devices), scopes, serverClock, clock);
                pull.prepareSegmentsAsSealed(() -> db.read(c -> scopes.assignedAccounts(c, accounts)),
                        db.read(log::committedHead));
                folder.onFolded(pull::foldedThrough);
                var reference = new ReferenceService(db, sites, state, accounts, catalog, config.clocks().sla());
                BlobStore blobStore = config.usesPostgres() ? new PostgresBlobStore(db)
                        : new FolderBlobStore(config.dataDir().resolve("blobs"));
                var blobs = new BlobService(db, photos, blobStore, scopes, config.limits(), clock);
                var metrics = metrics(blobs, pull, folder);
                var operations = new ServerOperations(push, folder, serverClock, config.nodeId());
                var clocks = ClockServices.of(config.clocks(), db, sites, log, operations, clock);
                return new Components(config, clock, db, accounts, sites, log, entities, state, photos, devices,
                        passwords, scopes, catalog, serverClock, folder, auth, push, pull, reference, blobs,
                        metrics, templateStore, operations, clocks);
            } catch (IOException e) {
                db.close();
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }

        /** The server's metrics, with the gauges read from its parts at each scrape. */
        private static ServerMetrics metrics(BlobService blobs, PullService pull, StateFolder folder) {
            var metrics = new ServerMetrics();
            metrics.gauge("handover.blobs.pending", "photos named by operations whose bytes have not arrived",
                    blobs, BlobService::pendingCount);
            metrics.gauge("handover.snapshot.kept.bytes", "compressed bootstrap snapshot segments kept for the next"
                    + " devices", pull, PullService::snapshotBytesKept);
            metrics.gauge("handover.snapshot.segments.waiting", "sealed bootstrap snapshot segments waiting for a"
                    + " pause in the pushes to be compressed", pull, PullService::snapshotSegmentsWaiting);
            metrics.gauge("handover.state.lag.operations", "operations in the log not yet folded into the state"
                    + " tables the office console reads", folder, f -> f.lag().operations());
            metrics.gauge("handover.state.units.set.aside", "units whose operations the state tables could not"
                    + " fold; the console shows them as of before those operations", folder,
                    f -> f.unitsSetAside().size());
            metrics.gauge("handover.state.fold.failed.tries", "fold transactions that failed since the last one that"
                    + " committed; the folder tries again every second", folder, StateFolder::failedTries);
            return metrics;
        }
    }
}
