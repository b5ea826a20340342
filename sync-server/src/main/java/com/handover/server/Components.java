package com.handover.server;

import com.handover.server.clock.ClockServices;
import com.handover.server.reference.TemplateStore;
import com.handover.server.sync.ServerOperations;
import com.handover.server.auth.AuthService;
import com.handover.server.auth.PasswordHasher;
import com.handover.server.auth.Scopes;
import com.handover.server.blob.BlobService;
import com.handover.server.config.ServerConfig;
import com.handover.server.metrics.ServerMetrics;
import com.handover.server.reference.ReferenceService;
import com.handover.server.reference.TemplateCatalog;
import com.handover.server.store.AccountStore;
import com.handover.server.store.Database;
import com.handover.server.store.DeviceStore;
import com.handover.server.store.EntityIndex;
import com.handover.server.store.OperationLog;
import com.handover.server.store.PhotoCatalog;
import com.handover.server.store.SiteStore;
import com.handover.server.store.StateStore;
import com.handover.server.sync.PullService;
import com.handover.server.sync.PushService;
import com.handover.server.sync.ServerClock;
import com.handover.server.sync.StateFolder;
import java.time.Clock;

/**
 * Everything one server node is wired from, for route groups mounted beside the API (the office console) and
 * for tests that need to look behind the HTTP surface.
 */
public record Components(ServerConfig config, Clock clock, Database db, AccountStore accounts, SiteStore sites,
                         OperationLog log, EntityIndex entities, StateStore state, PhotoCatalog photos,
                         DeviceStore devices, PasswordHasher passwords, Scopes scopes, TemplateCatalog templates,
                         ServerClock serverClock, StateFolder stateFolder, AuthService auth,
                         PushService push, PullService pull, ReferenceService reference, BlobService blobs,
                         ServerMetrics metrics, TemplateStore templateStore, ServerOperations operations,
                         ClockServices clocks) {
}
