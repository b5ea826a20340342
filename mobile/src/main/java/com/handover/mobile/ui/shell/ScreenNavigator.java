package com.handover.mobile.ui.shell;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.store.StoredSession;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.Choice;
import com.handover.mobile.ui.Navigation;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.ThumbnailLoader;
import com.handover.mobile.ui.defect.DefectFormView;
import com.handover.mobile.ui.defect.DefectFormViewModel;
import com.handover.mobile.ui.inspection.InspectionView;
import com.handover.mobile.ui.inspection.InspectionViewModel;
import com.handover.mobile.ui.markup.PhotoMarkupView;
import com.handover.mobile.ui.markup.PhotoMarkupViewModel;
import com.handover.mobile.ui.rectify.RectifyView;
import com.handover.mobile.ui.rectify.RectifyViewModel;
import com.handover.mobile.ui.reinspection.ReInspectionView;
import com.handover.mobile.ui.reinspection.ReInspectionViewModel;
import com.handover.mobile.ui.signin.SignInView;
import com.handover.mobile.ui.signin.SignInViewModel;
import com.handover.mobile.ui.signoff.SignOffView;
import com.handover.mobile.ui.signoff.SignOffViewModel;
import com.handover.mobile.ui.units.UnitsView;
import com.handover.mobile.ui.units.UnitsViewModel;
import com.handover.mobile.ui.workorders.WorkOrderDeadlines;
import com.handover.mobile.ui.workorders.WorkOrderView;
import com.handover.mobile.ui.workorders.WorkOrderViewModel;
import com.handover.mobile.ui.workorders.WorkOrdersView;
import com.handover.mobile.ui.workorders.WorkOrdersViewModel;
import com.handover.model.Role;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Shows screens in the shell and keeps the way back. Screens are kept as recipes so that going back builds
 * them again from current data; switching the language shows the same view models in the other language.
 */
public final class ScreenNavigator implements Navigation {

    private final AppContext app;
    private final WorkOrderDeadlines deadlines;
    private final AppShell shell;
    private final ThumbnailLoader thumbnails;
    private final Deque<Entry<?>> history = new ArrayDeque<>();
    private Screen current;

    /** A screen in the history: how to make its view model and how to show that model in a language. */
    private static final class Entry<M> {
        private final Supplier<M> models;
        private final BiFunction<M, Messages, Screen> views;
        private M model;

        Entry(Supplier<M> models, BiFunction<M, Messages, Screen> views) {
            this.models = models;
            this.views = views;
        }

        Screen show(Messages messages, boolean freshModel) {
            if (model == null || freshModel) {
                model = models.get();
            }
            return views.apply(model, messages);
        }
    }

    public ScreenNavigator(AppContext app, WorkOrderDeadlines deadlines, AppShell shell) {
        this.app = app;
        this.deadlines = deadlines;
        this.shell = shell;
        this.thumbnails = new ThumbnailLoader(app.photos(), app.tasks());
        shell.onBack(this::back);
        shell.onLanguageChanged(() -> redisplay(false));
        shell.onAccount(this::askSignOut);
        app.replica().addListener(touched -> app.tasks().ui(this::refreshCurrent));
        // A template version arriving lets a screen show what it could not before (an inspection started on it).
        app.checklists().addListener(() -> app.tasks().ui(this::refreshCurrent));
    }

    /**
     * Signing out asks first; with records or photos not yet on the server it says how many and offers to sync
     * first. Signing out never deletes them: they are sent when this person signs in again.
     */
    private void askSignOut() {
        int waiting = shell.sync().waiting();
        Choice signOut = new Choice("app.signOut", "confirm-sign-out", this::signOut);
        if (waiting == 0) {
            ask(UserMessage.of("app.signOut.confirm"), signOut);
            return;
        }
        ask(UserMessage.of("app.signOut.unsynced", waiting),
                new Choice("sync.now", "sync-first", app.scheduler()::requestNow), signOut);
    }

    private void signOut() {
        app.tasks().run(() -> {
            app.session().signOut();
            return true;
        }, ok -> toSignIn(), e -> toSignIn());
    }

    @Override
    public void ask(UserMessage question, Choice... choices) {
        shell.ask(question, choices);
    }

    @Override
    public void tell(UserMessage notice, Choice... actions) {
        shell.tell(notice, actions);
    }

    private void refreshCurrent() {
        if (current != null) {
            current.refresh();
        }
    }

    public Screen current() {
        return current;
    }

    @Override
    public void toSignIn() {
        history.clear();
        push(() -> new SignInViewModel(app, this), SignInView::new);
    }

    @Override
    public void toHome() {
        history.clear();
        boolean maintenance = app.session().current().map(s -> s.role() == Role.MAINTENANCE).orElse(false);
        if (maintenance) {
            push(() -> new WorkOrdersViewModel(app, this, deadlines), WorkOrdersView::new);
        } else {
            push(() -> new UnitsViewModel(app, this), UnitsView::new);
        }
    }

    @Override
    public void toInspection(UUID inspectionId) {
        push(() -> new InspectionViewModel(app, this, inspectionId), (vm, m) -> new InspectionView(vm, m, thumbnails));
    }

    @Override
    public void toNewDefect(UUID inspectionId, String room, String itemCode) {
        push(() -> new DefectFormViewModel(app, this, inspectionId, room, itemCode),
                (vm, m) -> new DefectFormView(vm, m, thumbnails));
    }

    @Override
    public void toMarkup(UUID defectId, String photoSha) {
        push(() -> new PhotoMarkupViewModel(app, this, defectId, photoSha), PhotoMarkupView::new);
    }

    @Override
    public void toSignOff(UUID inspectionId) {
        push(() -> new SignOffViewModel(app, this, inspectionId), (vm, m) -> new SignOffView(vm, m, thumbnails));
    }

    @Override
    public void toReInspection(UUID inspectionId) {
        push(() -> new ReInspectionViewModel(app, this, inspectionId), ReInspectionView::new);
    }

    @Override
    public void toWorkOrder(UUID workOrderId) {
        push(() -> new WorkOrderViewModel(app, this, workOrderId, deadlines),
                (vm, m) -> new WorkOrderView(vm, m, thumbnails));
    }

    @Override
    public void toRectify(UUID unitId) {
        push(() -> new RectifyViewModel(app, this, unitId), RectifyView::new);
    }

    @Override
    public void back() {
        if (history.size() > 1 && current != null) {
            Screen leaving = current;
            leaving.leaving(() -> {
                if (current == leaving && history.size() > 1) {
                    history.pop();
                    redisplay(true);
                }
            });
        }
    }

    private <M> void push(Supplier<M> model, BiFunction<M, Messages, Screen> view) {
        history.push(new Entry<>(model, view));
        redisplay(true);
    }

    /**
     * Shows the screen on top of the history. {@code freshModel}: built from current data (a new visit, or back
     * to it); otherwise (the language changed) the same view model in the new language, so nothing typed or
     * signed and not yet saved is lost.
     */
    private void redisplay(boolean freshModel) {
        current = history.peek().show(shell.messages(), freshModel);
        current.refresh();
        shell.show(current, history.size() > 1, app.session().signedIn(),
                app.session().current().map(StoredSession::displayName).orElse(""));
    }
}
