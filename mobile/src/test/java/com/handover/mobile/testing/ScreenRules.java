package com.handover.mobile.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * What a phone screen must hold to be usable outdoors with a thumb: every control that acts at least
 * {@link #MIN_TOUCH} px high, every text at least {@link #MIN_TEXT} px, and no label cut off with an ellipsis.
 */
public final class ScreenRules {

    public static final double MIN_TOUCH = 44;
    public static final double MIN_TEXT = 14;

    private ScreenRules() {
    }

    /** Every rule broken by a shown node under {@code root}, in words (empty: none). */
    public static List<String> violations(Parent root) {
        List<String> out = new ArrayList<>();
        visit(root, out);
        return out;
    }

    private static void visit(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        check(node, out);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, out);
            }
        }
    }

    private static void check(Node node, List<String> out) {
        boolean acts = node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof TextInputControl
                || node instanceof ListCell<?> cell && !cell.isEmpty() && cell.getItem() != null;
        double height = node.getLayoutBounds().getHeight();
        if (acts && height < MIN_TOUCH) {
            out.add(describe(node) + " is " + Math.round(height) + " px high");
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            if (l.getFont().getSize() < MIN_TEXT) {
                out.add(describe(node) + " text is " + l.getFont().getSize() + " px");
            }
            String shown = displayed(l);
            if (shown != null && !shown.equals(l.getText())) {
                out.add(describe(node) + " is cut off: shows \"" + shown + "\"");
            }
        }
        if (node instanceof Text t && !(t.getParent() instanceof Labeled) && t.getText() != null
                && !t.getText().isBlank() && t.getFont().getSize() < MIN_TEXT) {
            out.add("Text \"" + t.getText() + "\" is " + t.getFont().getSize() + " px");
        }
        if (node instanceof TextInputControl t && t.getFont().getSize() < MIN_TEXT) {
            out.add(describe(node) + " input text is " + t.getFont().getSize() + " px");
        }
    }

    /** The text the label's skin draws (clipped with an ellipsis when it does not fit). */
    private static String displayed(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return null;
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }
}
