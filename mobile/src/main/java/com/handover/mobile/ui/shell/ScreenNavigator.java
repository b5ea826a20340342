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
import java.util.function.Function;

/**
 * Shows screens in the shell and keeps the way back. Screens are kept as recipes so that going back, or
 * switching the language, builds them again from current data.
 */
public final class ScreenNavigator implements Navigation {

    private final AppContext app;
    private final WorkOrderDeadlines deadlines;
    private final AppShell shell;
    private final ThumbnailLoader thumbnails;
    private final Deque<Function<Messages, Screen>> history = new ArrayDeque<>();
    private Screen current;

    public ScreenNavigator(AppContext app, WorkOrderDeadlines deadlines, AppShell shell) {
        this.app = app;
        this.deadlines = deadlines;
        this.shell = shell;
        this.thumbnails = new ThumbnailLoader(app.photos(), app.tasks());
        shell.onBack(this::back);
        shell.onLanguageChanged(this::redisplay);
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
        push(m -> new SignInView(new SignInViewModel(app, this), m));
    }

    @Override
    public void toHome() {
        history.clear();
        boolean maintenance = app.session().current().map(s -> s.role() == Role.MAINTENANCE).orElse(false);
        if (maintenance) {
            push(m -> new WorkOrdersView(new WorkOrdersViewModel(app, this, deadlines), m));
        } else {
            push(m -> new UnitsView(new UnitsViewModel(app, this), m));
        }
    }

    @Override
    public void toInspection(UUID inspectionId) {
        push(m -> new InspectionView(new InspectionViewModel(app, this, inspectionId), m, thumbnails));
    }

    @Override
    public void toNewDefect(UUID inspectionId, String room, String itemCode) {
        push(m -> new DefectFormView(new DefectFormViewModel(app, this, inspectionId, room, itemCode), m, thumbnails));
    }

    @Override
    public void toMarkup(UUID defectId, String photoSha) {
        push(m -> new PhotoMarkupView(new PhotoMarkupViewModel(app, this, defectId, photoSha), m));
    }

    @Override
    public void toSignOff(UUID inspectionId) {
        push(m -> new SignOffView(new SignOffViewModel(app, this, inspectionId), m, thumbnails));
    }

    @Override
    public void toReInspection(UUID inspectionId) {
        push(m -> new ReInspectionView(new ReInspectionViewModel(app, this, inspectionId), m));
    }

    @Override
    public void toWorkOrder(UUID workOrderId) {
        push(m -> new WorkOrderView(new WorkOrderViewModel(app, this, workOrderId, deadlines), m, thumbnails));
    }

    @Override
    public void toRectify(UUID unitId) {
        push(m -> new RectifyView(new RectifyViewModel(app, this, unitId), m));
    }

    @Override
    public void back() {
        if (history.size() > 1 && current != null) {
            Screen leaving = current;
            leaving.leaving(() -> {
                if (current == leaving && history.size() > 1) {
                    history.pop();
                    redisplay();
                }
            });
        }
    }

    private void push(Function<Messages, Screen> recipe) {
        history.push(recipe);
        redisplay();
    }

    private void redisplay() {
        current = history.peek().apply(shell.messages());
        current.refresh();
        shell.show(current, history.size() > 1, app.session().signedIn(),
                app.session().current().map(StoredSession::displayName).orElse(""));
    }
}
