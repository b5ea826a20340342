package com.handover.model.labels;

import com.handover.model.ComplaintCategory;
import com.handover.model.ComplaintDepartment;
import com.handover.model.ComplaintStatus;
import com.handover.model.DefectCloseReason;
import com.handover.model.DefectStatus;
import com.handover.model.DeliveryStandard;
import com.handover.model.InspectionKind;
import com.handover.model.InspectionStatus;
import com.handover.model.IntakeChannel;
import com.handover.model.ItemResult;
import com.handover.model.KeyType;
import com.handover.model.MarkupShape;
import com.handover.model.MeterType;
import com.handover.model.ObjectionDecision;
import com.handover.model.Role;
import com.handover.model.Severity;
import com.handover.model.SignOffDecision;
import com.handover.model.SignerRole;
import com.handover.model.WorkOrderSource;
import com.handover.model.WorkOrderStatus;
import com.handover.model.sync.EntityKind;
import com.handover.model.warranty.WarrantyStatus;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The one label of every status and choice of the domain, in Chinese (the base bundle) and English, from the
 * bundle {@code com/handover/model/labels/StatusLabels}. The app and the office console both look labels up
 * here first, so a status reads the same on the phone and in the browser.
 */
public final class StatusLabels {

    public static final String BUNDLE = "com.handover.model.labels.StatusLabels";

    /** The domain's enums labelled here: every constant of each has a label in both languages. */
    public static final List<Class<? extends Enum<?>>> TYPES = List.of(ComplaintCategory.class,
            ComplaintDepartment.class, ComplaintStatus.class, DefectCloseReason.class, DefectStatus.class,
            DeliveryStandard.class,
            EntityKind.class, InspectionKind.class, InspectionStatus.class, IntakeChannel.class, ItemResult.class,
            KeyType.class, MarkupShape.Kind.class, MeterType.class, ObjectionDecision.class, Role.class,
            Severity.class,
            SignOffDecision.class, SignerRole.class, WarrantyStatus.class, WorkOrderSource.class,
            WorkOrderStatus.class);

    /** Where a unit's handover stands; labelled under {@code enum.UnitStage.<NAME>}. */
    public static final List<String> UNIT_STAGES = List.of("NOT_INSPECTED", "IN_PROGRESS", "AWAITING_SIGNATURE",
            "SIGNED", "REFUSED", "OPEN_DEFECTS");

    private StatusLabels() {
    }

    /** Chinese for a Chinese locale, English otherwise. */
    public static ResourceBundle bundle(Locale locale) {
        Locale lookup = "zh".equals(locale.getLanguage()) ? Locale.ROOT : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, lookup,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code enum.<Type>.<CONSTANT>}, a nested type named with its outer type: {@code enum.MarkupShape.Kind.ARROW}. */
    public static String key(Enum<?> value) {
        return typeKey(value.getDeclaringClass()) + "." + value.name();
    }

    /** {@code enum.<Type>} for a type, the prefix of its constants' keys. */
    public static String typeKey(Class<?> type) {
        String name = type.getName();
        return "enum." + name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** The unit stage's key: {@code enum.UnitStage.<NAME>}. */
    public static String unitStageKey(String stage) {
        return "enum.UnitStage." + stage;
    }

    public static Optional<String> find(String key, Locale locale) {
        try {
            return Optional.of(bundle(locale).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The label of a value, when this bundle has one. */
    public static Optional<String> label(Enum<?> value, Locale locale) {
        return find(key(value), locale);
    }
}
