package com.handover.mobile.ui.common;

import com.handover.mobile.i18n.Messages;
import com.handover.model.Stroke;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One signer of a record: the name (editable until signed), the signature pad and a way to start again. */
public final class SignerCard {

    private SignerCard() {
    }

    /** Node ids: {@code <id>-card}, {@code <id>-name}, {@code <id>-signature}, {@code <id>-clear}. */
    public static VBox of(Messages messages, String id, String title, StringProperty name,
                          ObservableList<Stroke> strokes, boolean signed) {
        TextField nameField = new TextField();
        nameField.setId(id + "-name");
        nameField.setMinHeight(Widgets.TOUCH);
        nameField.setPromptText(messages.get("signoff.name"));
        nameField.textProperty().bindBidirectional(name);
        nameField.setEditable(!signed);
        HBox.setHgrow(nameField, Priority.ALWAYS);
        SignaturePad pad = new SignaturePad(strokes, 140);
        pad.setId(id + "-signature");
        pad.setEditable(!signed);
        Button clear = Widgets.button(messages.get("signoff.clear"), id + "-clear", strokes::clear, "flat");
        clear.setDisable(signed);
        VBox card = Widgets.card(Widgets.title(title), Widgets.row(nameField, clear), pad);
        card.setId(id + "-card");
        return card;
    }
}
