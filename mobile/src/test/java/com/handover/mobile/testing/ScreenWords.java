package com.handover.mobile.testing;

import com.handover.mobile.sync.PushResult;
import com.handover.mobile.ui.units.UnitFilter;
import com.handover.mobile.ui.units.UnitStage;
import com.handover.mobile.ui.workorders.DueGroup;
import com.handover.model.json.BundledChecklists;
import com.handover.model.labels.RawText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * The words on a phone screen read as a person reads them: every shown label, text, field and field hint,
 * checked for enum names, checklist codes (rooms, items, trades), user names where the person has a name,
 * unfilled {@code {0}} placeholders and half-width punctuation in Chinese.
 */
public final class ScreenWords {

    private static final List<Class<? extends Enum<?>>> APP_ENUMS = List.of(UnitFilter.class, UnitStage.class,
            DueGroup.class, PushResult.Status.class);

    private final RawText raw;

    /** @param usernames the accounts that have a display name */
    public ScreenWords(Collection<String> usernames) {
        this.raw = new RawText(BundledChecklists.catalog(), APP_ENUMS, usernames);
    }

    /** What is wrong with the words shown under {@code root} (empty: nothing). */
    public List<String> problems(Parent root, boolean chinese) {
        List<String> out = new ArrayList<>();
        visit(root, chinese, out);
        return out;
    }

    private void visit(Node node, boolean chinese, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        for (String shown : shown(node)) {
            if (shown != null && !shown.isBlank()) {
                out.addAll(raw.problems(shown.strip(), chinese));
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, chinese, out);
            }
        }
    }

    private static List<String> shown(Node node) {
        if (node instanceof Labeled l) {
            return Arrays.asList(l.getText());
        }
        if (node instanceof Text t) {
            return Arrays.asList(t.getText());
        }
        if (node instanceof TextInputControl t) {
            return Arrays.asList(t.getText(), t.getPromptText());
        }
        return List.of();
    }
}
