package com.handover.mobile.sync;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.store.ReferenceData.TemplateRef;
import com.handover.model.checklist.ChecklistTemplate;
import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * One sync round's downloads of checklist template versions the device does not hold. A version that cannot be
 * had is counted, not thrown: sync goes on, and the next round tries it again. Each version is tried at most once
 * per round.
 */
final class TemplateDownloads {

    /** Most versions tried in one round: a guard against a server that lists versions without end. */
    static final int MAX_PER_ROUND = 100;

    @FunctionalInterface
    interface Fetch {
        ChecklistTemplate fetch(String code, int version) throws IOException, ApiException, SignInRequiredException;
    }

    private final TemplateShelf shelf;
    private final Fetch fetch;
    private final Set<TemplateRef> tried = new HashSet<>();
    private int unreachable;
    private int unusable;

    TemplateDownloads(TemplateShelf shelf, Fetch fetch) {
        this.shelf = shelf;
        this.fetch = fetch;
    }

    /** Downloads and keeps each of {@code wanted} the shelf does not hold and this round has not tried yet. */
    void fetchMissing(Collection<TemplateRef> wanted) throws SignInRequiredException {
        var ordered = wanted.stream().distinct()
                .sorted(Comparator.comparing(TemplateRef::code).thenComparingInt(TemplateRef::version)).toList();
        for (TemplateRef ref : ordered) {
            if (shelf.holds(ref.code(), ref.version()) || tried.contains(ref) || tried.size() >= MAX_PER_ROUND) {
                continue;
            }
            tried.add(ref);
            try {
                shelf.add(fetch.fetch(ref.code(), ref.version()));
            } catch (ApiException e) {
                if ("UNREADABLE_TEMPLATE".equals(e.code())) {
                    unusable++;
                } else {
                    unreachable++;
                }
            } catch (IOException e) {
                unreachable++;
            } catch (IllegalArgumentException e) {
                unusable++;
            }
        }
    }

    /** What a person should know, or null when every wanted version arrived. */
    UserMessage problem() {
        if (unusable > 0) {
            return UserMessage.of("sync.warning.templatesUnusable", unusable);
        }
        return unreachable > 0 ? UserMessage.of("sync.warning.templatesFailed", unreachable) : null;
    }
}
